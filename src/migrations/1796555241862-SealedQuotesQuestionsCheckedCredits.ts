import { MigrationInterface, QueryRunner } from "typeorm";

export class SealedQuotesQuestionsCheckedCredits1796555241862 implements MigrationInterface {
    name = 'SealedQuotesQuestionsCheckedCredits1796555241862'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "procurement_question" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "profile_id" uuid NOT NULL,
                "question" text NOT NULL,
                "asked_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "asked_by_subject" character varying(200),
                "answer" text,
                "answered_at" TIMESTAMP(3) WITH TIME ZONE,
                "answered_by_subject" character varying(200),
                "answered_by_name" character varying(200),
                CONSTRAINT "PK_907bfb1bd78f2c040bb43cf52cf" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_58deb3764b2addd1147d5d2a9f" ON "procurement_question" ("request_id", "asked_at")
        `);
        await queryRunner.query(`
            ALTER TABLE "award"
            ADD "rationale" text
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "question_deadline" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "closed_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "close_reason" text
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "closed_by_subject" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "closed_by_name" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "quotes_opened_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "quotes_opened_by_subject" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "quotes_opened_by_name" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "quotes_opening_confirmed_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "quotes_opening_confirmed_by_subject" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "quotes_opening_confirmed_by_name" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit"
            ADD "surplus" bigint NOT NULL DEFAULT '0'
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit"
            ADD "confirmed_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit"
            ADD "confirmed_by_subject" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit"
            ADD "confirmed_by_name" character varying(200)
        `);
        // Requests awarded before quotes were sealed were evaluated with open quotes: their opening is the
        // award (by whom is not known). Without this their quotes would stay sealed for good.
        await queryRunner.query(`
            UPDATE "procurement_request" r
               SET "quotes_opened_at" = a."awarded_at",
                   "quotes_opening_confirmed_at" = CASE WHEN r."procedure" = 'SINGLE_QUOTE' THEN NULL
                                                        ELSE a."awarded_at" END
              FROM "award" a
             WHERE a."request_id" = r."id"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_question"
            ADD CONSTRAINT "FK_4ba0cf47b727adfac2d869d255f" FOREIGN KEY ("request_id") REFERENCES "procurement_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "procurement_question" DROP CONSTRAINT "FK_4ba0cf47b727adfac2d869d255f"
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit" DROP COLUMN "confirmed_by_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit" DROP COLUMN "confirmed_by_subject"
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit" DROP COLUMN "confirmed_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit" DROP COLUMN "surplus"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "quotes_opening_confirmed_by_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "quotes_opening_confirmed_by_subject"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "quotes_opening_confirmed_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "quotes_opened_by_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "quotes_opened_by_subject"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "quotes_opened_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "closed_by_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "closed_by_subject"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "close_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "closed_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "question_deadline"
        `);
        await queryRunner.query(`
            ALTER TABLE "award" DROP COLUMN "rationale"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_58deb3764b2addd1147d5d2a9f"
        `);
        await queryRunner.query(`
            DROP TABLE "procurement_question"
        `);
    }

}
