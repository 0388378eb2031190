import { MigrationInterface, QueryRunner } from "typeorm";

export class ProcurementCancelledBy1796558265251 implements MigrationInterface {
    name = 'ProcurementCancelledBy1796558265251'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "cancelled_at" TIMESTAMP(3) WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "cancelled_by_subject" character varying(200)
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD "cancelled_by_name" character varying(200)
        `);
        // A cancelled request's last change was its cancellation (nothing changes it after).
        await queryRunner.query(`
            UPDATE "procurement_request" SET "cancelled_at" = "updated_at" WHERE "status" = 'CANCELLED'
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "cancelled_by_name"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "cancelled_by_subject"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP COLUMN "cancelled_at"
        `);
    }

}
