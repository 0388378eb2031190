import { MigrationInterface, QueryRunner } from "typeorm";

export class AnnualReviewHistory1796555087826 implements MigrationInterface {
    name = 'AnnualReviewHistory1796555087826'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1bfaae5c7664b30f6e24f351c1"
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."board_plan_status" AS ENUM('PLANNED', 'DONE', 'PARTLY_DONE', 'NOT_DONE')
        `);
        await queryRunner.query(`
            CREATE TABLE "board_plan" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "year" smallint NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" character varying(1000),
                "status" "public"."board_plan_status" NOT NULL DEFAULT 'PLANNED',
                "result" character varying(1000),
                "position" smallint NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e62a54a5dbb8b87da8edeeee9cc" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_977279a6c9ffcf03adb34c98dc" ON "board_plan" ("year", "position")
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_meeting"
            ADD "public_summary" character varying(1000)
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f465a7215e59775ef5d44cfbf6" ON "social_enterprise_participation" ("municipality_id", "since")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f465a7215e59775ef5d44cfbf6"
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_meeting" DROP COLUMN "public_summary"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_977279a6c9ffcf03adb34c98dc"
        `);
        await queryRunner.query(`
            DROP TABLE "board_plan"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."board_plan_status"
        `);
        // One row per municipality again: each keeps its latest status, as before the history.
        await queryRunner.query(`
            DELETE FROM "social_enterprise_participation" p
            WHERE EXISTS (
                SELECT 1 FROM "social_enterprise_participation" later
                WHERE later."municipality_id" = p."municipality_id" AND later."since" > p."since"
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_1bfaae5c7664b30f6e24f351c1" ON "social_enterprise_participation" USING btree ("municipality_id")
        `);
    }

}
