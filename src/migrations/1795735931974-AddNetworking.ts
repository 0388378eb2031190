import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNetworking1795735931974 implements MigrationInterface {
    name = 'AddNetworking1795735931974'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."event_kind" AS ENUM(
                'NETWORKING',
                'MEETING',
                'WORKSHOP',
                'RECEPTION',
                'CONFERENCE',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_visibility" AS ENUM('PUBLIC', 'MEMBERS', 'PARTNERS')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_status" AS ENUM('SCHEDULED', 'POSTPONED', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "event" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "starts_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "ends_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "venue_name" character varying(200) NOT NULL,
                "venue_address" character varying(300) NOT NULL,
                "venue_municipality_id" uuid NOT NULL,
                "kind" "public"."event_kind" NOT NULL,
                "capacity" integer,
                "registration_opens_at" TIMESTAMP(3) WITH TIME ZONE,
                "registration_closes_at" TIMESTAMP(3) WITH TIME ZONE,
                "visibility" "public"."event_visibility" NOT NULL,
                "status" "public"."event_status" NOT NULL DEFAULT 'SCHEDULED',
                "revision" integer NOT NULL DEFAULT '0',
                "change_seq" BIGSERIAL NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_1b35ebe11eb3919bc7266c3984" CHECK (
                    "registration_opens_at" IS NULL
                    OR "registration_closes_at" IS NULL
                    OR "registration_closes_at" > "registration_opens_at"
                ),
                CONSTRAINT "CHK_2402116f49fb5e9242c98c8b7a" CHECK (
                    "capacity" IS NULL
                    OR "capacity" >= 1
                ),
                CONSTRAINT "CHK_0167d66501228b236edb3aec7d" CHECK ("ends_at" > "starts_at"),
                CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_1716a2b86b7155c96b33b46e15" ON "event" ("starts_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_31c2fa1d8005fed2d3f1b4fbf3" ON "event" ("venue_municipality_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3dd9e0f11014daade3794588f1" ON "event" ("change_seq")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4df466b9ffd67e81eeda4c5d01" ON "event" ("updated_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."event_host_role" AS ENUM('ORGANISER', 'CO_HOST')
        `);
        await queryRunner.query(`
            CREATE TABLE "event_host" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "role" "public"."event_host_role" NOT NULL,
                "association_id" uuid,
                "organisation_id" uuid,
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "CHK_9d0598e807686c8a2bc90f0da8" CHECK (
                    ("association_id" IS NULL) <> ("organisation_id" IS NULL)
                ),
                CONSTRAINT "PK_42ff6901a665b1c910fb11eead6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b5bad4be7c4de93c09bed6a3d4" ON "event_host" ("event_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_de3ed31cd765254fd141f697fb" ON "event_host" ("association_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4b2fcd11fbe21558fe0cd5cedc" ON "event_host" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_785a4f977594389f3269ca5955" ON "event_host" ("event_id", "organisation_id")
            WHERE "organisation_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_5b85fe915a9f2c75dc96066afa" ON "event_host" ("event_id", "association_id")
            WHERE "association_id" IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."registration_status" AS ENUM('CONFIRMED', 'WAITLISTED', 'CANCELLED')
        `);
        await queryRunner.query(`
            CREATE TABLE "registration" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "event_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "email" character varying(254) NOT NULL,
                "business_id" uuid,
                "business_verified" boolean NOT NULL DEFAULT false,
                "status" "public"."registration_status" NOT NULL,
                "arrival" BIGSERIAL NOT NULL,
                "secret_hash" character(64) NOT NULL,
                "checked_in_at" TIMESTAMP(3) WITH TIME ZONE,
                "promoted_at" TIMESTAMP(3) WITH TIME ZONE,
                "cancelled_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_cb23dc9d28df8801b15e9e2b8d6" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4a52b015ddf331fe7d9fd47778" ON "registration" ("business_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3fd7420b58b166600ae8d2b785" ON "registration" ("secret_hash")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c62d3eeffee1898455483c65dc" ON "registration" ("event_id", "status", "arrival")
        `);
        await queryRunner.query(`
            CREATE TABLE "stakeholder_meeting" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "date" date NOT NULL,
                "title" character varying(200) NOT NULL,
                "topics" character varying(500) array NOT NULL DEFAULT '{}',
                "outcomes" character varying(1000) array NOT NULL DEFAULT '{}',
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ebaa96336fcb599f1db78301981" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_20a3476423cfa43942539e2571" ON "stakeholder_meeting" ("date")
        `);
        await queryRunner.query(`
            CREATE TABLE "stakeholder_participant" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "organisation_id" uuid,
                "name" character varying(200),
                "role" character varying(100),
                "municipality_id" uuid,
                "portfolio" character varying(200),
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_6d6667347b0d2705893d12dedc8" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c8a8c76b65a92be7de3cf2bf02" ON "stakeholder_participant" ("meeting_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6afcb382684c1eacd27f2374d3" ON "stakeholder_participant" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."follow_up_status" AS ENUM('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')
        `);
        await queryRunner.query(`
            CREATE TABLE "follow_up_action" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "meeting_id" uuid NOT NULL,
                "description" character varying(1000) NOT NULL,
                "owner" character varying(200) NOT NULL,
                "due_date" date,
                "status" "public"."follow_up_status" NOT NULL DEFAULT 'OPEN',
                "position" smallint NOT NULL DEFAULT '0',
                CONSTRAINT "PK_6fed9fa349f171e94ce34ecacbd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e81860bc487c029ce741b50f9d" ON "follow_up_action" ("meeting_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "event"
            ADD CONSTRAINT "FK_31c2fa1d8005fed2d3f1b4fbf31" FOREIGN KEY ("venue_municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_host"
            ADD CONSTRAINT "FK_b5bad4be7c4de93c09bed6a3d47" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_host"
            ADD CONSTRAINT "FK_de3ed31cd765254fd141f697fba" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "event_host"
            ADD CONSTRAINT "FK_4b2fcd11fbe21558fe0cd5cedc1" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registration"
            ADD CONSTRAINT "FK_e273290b4292fe15ea3b0d03511" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "registration"
            ADD CONSTRAINT "FK_4a52b015ddf331fe7d9fd477789" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_participant"
            ADD CONSTRAINT "FK_c8a8c76b65a92be7de3cf2bf02e" FOREIGN KEY ("meeting_id") REFERENCES "stakeholder_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_participant"
            ADD CONSTRAINT "FK_6afcb382684c1eacd27f2374d38" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_participant"
            ADD CONSTRAINT "FK_155411fd83a71f41f891665de51" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "follow_up_action"
            ADD CONSTRAINT "FK_e81860bc487c029ce741b50f9dc" FOREIGN KEY ("meeting_id") REFERENCES "stakeholder_meeting"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

        // What TypeORM cannot express: one active registration per event and e-mail address, whatever
        // the case; inserts race for it only in theory (they hold the event row lock), but the database has
        // the last word.
        await queryRunner.query(`
            CREATE UNIQUE INDEX "registration_event_email_active" ON "registration" ("event_id", lower("email"))
            WHERE "status" <> 'CANCELLED'
        `);
        // Partner sync key: every insert or update of an event takes the next change_seq while holding a
        // transaction-level advisory lock, so change_seq grows in commit order and a poller that resumes
        // after the last change_seq it saw never misses a change that commits later. Updates also raise
        // the revision (the iCalendar SEQUENCE).
        await queryRunner.query(`
            CREATE FUNCTION "event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtext('event_change_seq'));
                NEW.change_seq := nextval(pg_get_serial_sequence('event', 'change_seq'));
                IF TG_OP = 'UPDATE' THEN
                    NEW.revision := OLD.revision + 1;
                END IF;
                RETURN NEW;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "event_change" BEFORE INSERT OR UPDATE ON "event"
            FOR EACH ROW EXECUTE FUNCTION "event_change"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "event_change" ON "event"`);
        await queryRunner.query(`DROP FUNCTION "event_change"()`);
        await queryRunner.query(`DROP INDEX "public"."registration_event_email_active"`);
        await queryRunner.query(`
            ALTER TABLE "follow_up_action" DROP CONSTRAINT "FK_e81860bc487c029ce741b50f9dc"
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_participant" DROP CONSTRAINT "FK_155411fd83a71f41f891665de51"
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_participant" DROP CONSTRAINT "FK_6afcb382684c1eacd27f2374d38"
        `);
        await queryRunner.query(`
            ALTER TABLE "stakeholder_participant" DROP CONSTRAINT "FK_c8a8c76b65a92be7de3cf2bf02e"
        `);
        await queryRunner.query(`
            ALTER TABLE "registration" DROP CONSTRAINT "FK_4a52b015ddf331fe7d9fd477789"
        `);
        await queryRunner.query(`
            ALTER TABLE "registration" DROP CONSTRAINT "FK_e273290b4292fe15ea3b0d03511"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_host" DROP CONSTRAINT "FK_4b2fcd11fbe21558fe0cd5cedc1"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_host" DROP CONSTRAINT "FK_de3ed31cd765254fd141f697fba"
        `);
        await queryRunner.query(`
            ALTER TABLE "event_host" DROP CONSTRAINT "FK_b5bad4be7c4de93c09bed6a3d47"
        `);
        await queryRunner.query(`
            ALTER TABLE "event" DROP CONSTRAINT "FK_31c2fa1d8005fed2d3f1b4fbf31"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e81860bc487c029ce741b50f9d"
        `);
        await queryRunner.query(`
            DROP TABLE "follow_up_action"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."follow_up_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6afcb382684c1eacd27f2374d3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c8a8c76b65a92be7de3cf2bf02"
        `);
        await queryRunner.query(`
            DROP TABLE "stakeholder_participant"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_20a3476423cfa43942539e2571"
        `);
        await queryRunner.query(`
            DROP TABLE "stakeholder_meeting"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c62d3eeffee1898455483c65dc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3fd7420b58b166600ae8d2b785"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4a52b015ddf331fe7d9fd47778"
        `);
        await queryRunner.query(`
            DROP TABLE "registration"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."registration_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_5b85fe915a9f2c75dc96066afa"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_785a4f977594389f3269ca5955"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4b2fcd11fbe21558fe0cd5cedc"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_de3ed31cd765254fd141f697fb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b5bad4be7c4de93c09bed6a3d4"
        `);
        await queryRunner.query(`
            DROP TABLE "event_host"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_host_role"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4df466b9ffd67e81eeda4c5d01"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3dd9e0f11014daade3794588f1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_31c2fa1d8005fed2d3f1b4fbf3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1716a2b86b7155c96b33b46e15"
        `);
        await queryRunner.query(`
            DROP TABLE "event"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_visibility"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."event_kind"
        `);
    }

}
