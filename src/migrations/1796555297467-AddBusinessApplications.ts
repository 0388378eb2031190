import { MigrationInterface, QueryRunner } from "typeorm";

export class AddBusinessApplications1796555297467 implements MigrationInterface {
    name = 'AddBusinessApplications1796555297467'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."application_status" AS ENUM('UNCONFIRMED', 'PENDING', 'APPROVED', 'REJECTED')
        `);
        await queryRunner.query(`
            CREATE TABLE "business_application" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "status" "public"."application_status" NOT NULL,
                "kvk_number" character(8) NOT NULL,
                "name" character varying(200) NOT NULL,
                "street" character varying(200) NOT NULL,
                "house_number" character varying(20) NOT NULL,
                "postcode" character varying(7) NOT NULL,
                "city" character varying(100) NOT NULL,
                "municipality_id" uuid NOT NULL,
                "contact_name" character varying(200) NOT NULL,
                "contact_email" character varying(254) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "cpv_codes" character(8) array NOT NULL DEFAULT '{}',
                "municipality_ids_served" uuid array NOT NULL DEFAULT '{}',
                "association_id" uuid,
                "confirmation_token_hash" character(64),
                "confirmed_at" TIMESTAMP(3) WITH TIME ZONE,
                "owner_confirmed_at" TIMESTAMP(3) WITH TIME ZONE,
                "decided_at" TIMESTAMP(3) WITH TIME ZONE,
                "approved_on" date,
                "decided_by_subject" character varying(200),
                "decided_by_name" character varying(200),
                "rejection_reason" text,
                "business_id" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_255e0bb2d1f49d1219c0120e2bb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_40f335c11ebe21234bd0820a16" ON "business_application" ("kvk_number")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1c98f1a7ddd77c8277af1c7ced" ON "business_application" ("association_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f0ae4eb37239807471b36af66c" ON "business_application" ("confirmation_token_hash")
            WHERE "confirmation_token_hash" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "business_application_one_pending" ON "business_application" ("kvk_number")
            WHERE "status" = 'PENDING'
        `);
        await queryRunner.query(`
            ALTER TABLE "business_application"
            ADD CONSTRAINT "FK_35e49706abfc3cf6b9f128a8b7d" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "business_application"
            ADD CONSTRAINT "FK_1c98f1a7ddd77c8277af1c7ced0" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "business_application"
            ADD CONSTRAINT "FK_092d0808ebaa9315bd285f7b625" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "business_application" DROP CONSTRAINT "FK_092d0808ebaa9315bd285f7b625"
        `);
        await queryRunner.query(`
            ALTER TABLE "business_application" DROP CONSTRAINT "FK_1c98f1a7ddd77c8277af1c7ced0"
        `);
        await queryRunner.query(`
            ALTER TABLE "business_application" DROP CONSTRAINT "FK_35e49706abfc3cf6b9f128a8b7d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."business_application_one_pending"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f0ae4eb37239807471b36af66c"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1c98f1a7ddd77c8277af1c7ced"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_40f335c11ebe21234bd0820a16"
        `);
        await queryRunner.query(`
            DROP TABLE "business_application"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."application_status"
        `);
    }

}
