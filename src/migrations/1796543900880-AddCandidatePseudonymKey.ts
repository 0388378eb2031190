import { MigrationInterface, QueryRunner } from "typeorm";

export class AddCandidatePseudonymKey1796543900880 implements MigrationInterface {
    name = 'AddCandidatePseudonymKey1796543900880'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // The default is volatile, so PostgreSQL evaluates it for each existing row: every candidate gets a
        // random key of its own (244 random bits from two UUIDs v4, as 32 bytes).
        await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD "pseudonym_key" bytea NOT NULL DEFAULT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid())
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "candidate" DROP COLUMN "pseudonym_key"
        `);
    }

}
