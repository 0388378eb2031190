import { MigrationInterface, QueryRunner } from "typeorm";

export class PoliticsNullableRecorders1796545420679 implements MigrationInterface {
    name = 'PoliticsNullableRecorders1796545420679'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "commitment_change"
            ALTER COLUMN "actor_subject" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment_change"
            ALTER COLUMN "actor_name" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach"
            ALTER COLUMN "recorded_by" DROP NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "party_response"
            ALTER COLUMN "recorded_by" DROP NOT NULL
        `);
        // The placeholder stood for "nobody known": it becomes what the columns now say for that, null.
        await queryRunner.query(`
            UPDATE "commitment_change"
            SET "actor_subject" = NULLIF("actor_subject", 'unknown'),
                "actor_name" = NULLIF("actor_name", 'unknown')
            WHERE "actor_subject" = 'unknown' OR "actor_name" = 'unknown'
        `);
        await queryRunner.query(`
            UPDATE "outreach" SET "recorded_by" = NULL WHERE "recorded_by" = 'unknown'
        `);
        await queryRunner.query(`
            UPDATE "party_response" SET "recorded_by" = NULL WHERE "recorded_by" = 'unknown'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Back to the placeholder the NOT NULL columns held for an unknown recorder.
        await queryRunner.query(`
            UPDATE "party_response" SET "recorded_by" = 'unknown' WHERE "recorded_by" IS NULL
        `);
        await queryRunner.query(`
            UPDATE "outreach" SET "recorded_by" = 'unknown' WHERE "recorded_by" IS NULL
        `);
        await queryRunner.query(`
            UPDATE "commitment_change"
            SET "actor_subject" = COALESCE("actor_subject", 'unknown'),
                "actor_name" = COALESCE("actor_name", "actor_subject", 'unknown')
            WHERE "actor_subject" IS NULL OR "actor_name" IS NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "party_response"
            ALTER COLUMN "recorded_by"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach"
            ALTER COLUMN "recorded_by"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment_change"
            ALTER COLUMN "actor_name"
            SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment_change"
            ALTER COLUMN "actor_subject"
            SET NOT NULL
        `);
    }

}
