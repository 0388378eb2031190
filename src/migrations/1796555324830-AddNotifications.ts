import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNotifications1796555324830 implements MigrationInterface {
    name = 'AddNotifications1796555324830'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notification" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" character varying(100) NOT NULL,
                "key" character varying(300) NOT NULL,
                "mail_count" integer NOT NULL DEFAULT '0',
                "webhook_count" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f98ad0a58b7e3201a5e7a0fa1c" ON "notification" ("key")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8bdc07e9c41ce8d83730f0f5d8" ON "notification" ("created_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."mail_status" AS ENUM('PENDING', 'SENT', 'FAILED', 'SUPPRESSED')
        `);
        await queryRunner.query(`
            CREATE TABLE "mail_message" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "notification_id" uuid NOT NULL,
                "kind" character varying(100) NOT NULL,
                "to_address" character varying(254) NOT NULL,
                "subject" character varying(300) NOT NULL,
                "text" text NOT NULL,
                "html" text NOT NULL,
                "status" "public"."mail_status" NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "last_error" character varying(500),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "sent_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_d23285093ea237bc7632d4fcce9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9a8dc0121971b1cd19d3adc72d" ON "mail_message" ("status")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d835b9321ff519fa8b06be3c3a" ON "mail_message" ("created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_0124af49d2ece7349bf75eabb8" ON "mail_message" ("notification_id", "to_address")
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_preference" (
                "email" character varying(254) NOT NULL,
                "muted_kinds" character varying(100) array NOT NULL DEFAULT '{}',
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_e61b13c4306cb40f9660a5ef0e7" PRIMARY KEY ("email")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "notification_reminder" (
                "key" character varying(300) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_082f8f3d78bef3e193f786ea0ca" PRIMARY KEY ("key")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_endpoint" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "url" character varying(2000) NOT NULL,
                "event_types" character varying(60) array NOT NULL,
                "secret" character varying(100) NOT NULL,
                "previous_secret" character varying(100),
                "previous_secret_until" TIMESTAMP(3) WITH TIME ZONE,
                "owner_email" character varying(254) NOT NULL,
                "enabled" boolean NOT NULL DEFAULT true,
                "disabled_reason" character varying(300),
                "consecutive_failures" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6c98112122b2b8a4f3984d2efa8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6ef3d9cffbc5f80f0fb870e680" ON "webhook_endpoint" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."webhook_delivery_status" AS ENUM('PENDING', 'DELIVERED', 'FAILED')
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_delivery" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "endpoint_id" uuid NOT NULL,
                "event_type" character varying(60) NOT NULL,
                "message_id" character varying(80) NOT NULL,
                "payload" jsonb NOT NULL,
                "status" "public"."webhook_delivery_status" NOT NULL DEFAULT 'PENDING',
                "attempts" integer NOT NULL DEFAULT '0',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "delivered_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a9e38e6f50dfd328baca6679b3" ON "webhook_delivery" ("message_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e5d8cd6dd4dea3a47de2166f10" ON "webhook_delivery" ("endpoint_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "webhook_attempt" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "delivery_id" uuid NOT NULL,
                "attempt" integer NOT NULL,
                "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "status_code" integer,
                "latency_ms" integer NOT NULL,
                "error" character varying(300),
                CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9f268a8988513508fb61c3d116" ON "webhook_attempt" ("delivery_id", "attempt")
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_endpoint"
            ADD CONSTRAINT "FK_6ef3d9cffbc5f80f0fb870e6808" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery"
            ADD CONSTRAINT "FK_f53f5aec02217a54927b13e39d9" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoint"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_attempt"
            ADD CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "webhook_attempt" DROP CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_f53f5aec02217a54927b13e39d9"
        `);
        await queryRunner.query(`
            ALTER TABLE "webhook_endpoint" DROP CONSTRAINT "FK_6ef3d9cffbc5f80f0fb870e6808"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9f268a8988513508fb61c3d116"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_attempt"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e5d8cd6dd4dea3a47de2166f10"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a9e38e6f50dfd328baca6679b3"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_delivery"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."webhook_delivery_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6ef3d9cffbc5f80f0fb870e680"
        `);
        await queryRunner.query(`
            DROP TABLE "webhook_endpoint"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_reminder"
        `);
        await queryRunner.query(`
            DROP TABLE "notification_preference"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0124af49d2ece7349bf75eabb8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d835b9321ff519fa8b06be3c3a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9a8dc0121971b1cd19d3adc72d"
        `);
        await queryRunner.query(`
            DROP TABLE "mail_message"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."mail_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8bdc07e9c41ce8d83730f0f5d8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f98ad0a58b7e3201a5e7a0fa1c"
        `);
        await queryRunner.query(`
            DROP TABLE "notification"
        `);
    }

}
