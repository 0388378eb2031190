import { MigrationInterface, QueryRunner } from "typeorm";

export class AddAnnualReview1795787432657 implements MigrationInterface {
    name = 'AddAnnualReview1795787432657'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // The KvK registration day, so that businessFigures(on:) counts a business only from that day on.
        // Rows made before have no such day: take the earliest day known of them (added here, or the first
        // association membership, whichever is earlier); a business added later states its own (the
        // default, the database's today, is for writers that do not; spelt as TypeORM reads CURRENT_DATE back).
        await queryRunner.query(`
            ALTER TABLE "business"
            ADD "registered_on" date
        `);
        await queryRunner.query(`
            UPDATE "business" b
            SET "registered_on" = LEAST(
                    (b."created_at" AT TIME ZONE 'Europe/Amsterdam')::date,
                    (SELECT min(m."since") FROM "business_membership" m WHERE m."business_id" = b."id")
                )
        `);
        await queryRunner.query(`
            ALTER TABLE "business"
            ALTER COLUMN "registered_on" SET NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "business"
            ALTER COLUMN "registered_on" SET DEFAULT ('now'::text)::date
        `);
        // Regio Q4 itself, the operator of this API: reporting keys (reports:read) belong to it.
        await queryRunner.query(`
            INSERT INTO "organisation" ("name", "kind", "website", "municipality_id")
            VALUES ('Regio Q4', 'OTHER', 'https://www.regioq4.nl', NULL)
            ON CONFLICT ("name") DO NOTHING
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Its keys go with it (api_key cascades); articles or events it signs or hosts must go first.
        await queryRunner.query(`
            DELETE FROM "organisation" WHERE "name" = 'Regio Q4'
        `);
        await queryRunner.query(`
            ALTER TABLE "business" DROP COLUMN "registered_on"
        `);
    }

}
