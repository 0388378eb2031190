import { MigrationInterface, QueryRunner } from "typeorm";

export class ProjectInterestAndProposedSuppliers1796557620650 implements MigrationInterface {
    name = 'ProjectInterestAndProposedSuppliers1796557620650'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "proposed_supplier" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "profile_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_7f23a187db3c68bcc4f9f4e37eb" UNIQUE ("request_id", "profile_id"),
                CONSTRAINT "PK_c019f908e9f7fee3d0bf01a4df9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c2605dfd0ba5f4be39d482167f" ON "proposed_supplier" ("profile_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "project_interest" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "opportunity_id" uuid NOT NULL,
                "business_id" uuid NOT NULL,
                "note" text NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "taken_into_request_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "UQ_b077d42db2cb041551474837c61" UNIQUE ("opportunity_id", "business_id"),
                CONSTRAINT "PK_8835712fbfef039e83fc48b7677" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4b3d423b987ca4df1ec874e101" ON "project_interest" ("business_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "proposed_supplier"
            ADD CONSTRAINT "FK_06058a53993e27ae3dbbad4dde8" FOREIGN KEY ("request_id") REFERENCES "procurement_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposed_supplier"
            ADD CONSTRAINT "FK_c2605dfd0ba5f4be39d482167f7" FOREIGN KEY ("profile_id") REFERENCES "supplier_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_interest"
            ADD CONSTRAINT "FK_dc383f52388d1ce7e593afbba1b" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "project_interest"
            ADD CONSTRAINT "FK_4b3d423b987ca4df1ec874e1014" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "project_interest" DROP CONSTRAINT "FK_4b3d423b987ca4df1ec874e1014"
        `);
        await queryRunner.query(`
            ALTER TABLE "project_interest" DROP CONSTRAINT "FK_dc383f52388d1ce7e593afbba1b"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposed_supplier" DROP CONSTRAINT "FK_c2605dfd0ba5f4be39d482167f7"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposed_supplier" DROP CONSTRAINT "FK_06058a53993e27ae3dbbad4dde8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4b3d423b987ca4df1ec874e101"
        `);
        await queryRunner.query(`
            DROP TABLE "project_interest"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c2605dfd0ba5f4be39d482167f"
        `);
        await queryRunner.query(`
            DROP TABLE "proposed_supplier"
        `);
    }

}
