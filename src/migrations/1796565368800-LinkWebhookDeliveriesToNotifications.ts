import { MigrationInterface, QueryRunner } from "typeorm";

export class LinkWebhookDeliveriesToNotifications1796565368800 implements MigrationInterface {
    name = 'LinkWebhookDeliveriesToNotifications1796565368800'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery"
            ADD "notification_id" uuid
        `);
        // Deliveries made before: their message id (`msg_<notification id>_…`) names the notification.
        await queryRunner.query(`
            UPDATE "webhook_delivery" SET "notification_id" = substring("message_id" from 5 for 36)::uuid
             WHERE "message_id" ~ '^msg_[0-9a-f-]{36}_'
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2e603098f2c942759fc86ee139" ON "webhook_delivery" ("notification_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2e603098f2c942759fc86ee139"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery" DROP COLUMN "notification_id"
        `);
    }

}
