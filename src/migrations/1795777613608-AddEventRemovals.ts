import { MigrationInterface, QueryRunner } from "typeorm";

export class AddEventRemovals1795777613608 implements MigrationInterface {
    name = 'AddEventRemovals1795777613608'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "event_removal" (
                "change_seq" bigint NOT NULL,
                "event_id" uuid NOT NULL,
                "old_visibility" "public"."event_visibility" NOT NULL,
                "new_visibility" "public"."event_visibility",
                "removed_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6929859a516a8fa6a43936d7b2b" PRIMARY KEY ("change_seq")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b523fe631b1293034757ff42c5" ON "event_removal" ("event_id")
        `);
        // Partner sync tombstones: a change of visibility or a delete is written to event_removal by the
        // database itself, so every process (and a hand-made UPDATE or DELETE) records it. It takes its
        // change_seq from the event's sequence under the same advisory lock as every event change, so
        // removals and changes share one commit order. A visibility change reuses the event's new
        // change_seq: the same change is an update for callers who still see the event and a removal for
        // those who no longer do.
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION "event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtext('event_change_seq'));
                NEW.change_seq := nextval(pg_get_serial_sequence('event', 'change_seq'));
                IF TG_OP = 'UPDATE' THEN
                    NEW.revision := OLD.revision + 1;
                    IF NEW.visibility IS DISTINCT FROM OLD.visibility THEN
                        INSERT INTO "event_removal" ("change_seq", "event_id", "old_visibility", "new_visibility")
                        VALUES (NEW.change_seq, NEW.id, OLD.visibility, NEW.visibility);
                    END IF;
                END IF;
                RETURN NEW;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION "event_delete"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_advisory_xact_lock(hashtext('event_change_seq'));
                INSERT INTO "event_removal" ("change_seq", "event_id", "old_visibility", "new_visibility")
                VALUES (nextval(pg_get_serial_sequence('event', 'change_seq')), OLD.id, OLD.visibility, NULL);
                RETURN OLD;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE TRIGGER "event_delete" AFTER DELETE ON "event"
            FOR EACH ROW EXECUTE FUNCTION "event_delete"()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "event_delete" ON "event"`);
        await queryRunner.query(`DROP FUNCTION "event_delete"()`);
        // The trigger function as AddNetworking created it.
        await queryRunner.query(`
            CREATE OR REPLACE FUNCTION "event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
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
            DROP INDEX "public"."IDX_b523fe631b1293034757ff42c5"
        `);
        await queryRunner.query(`
            DROP TABLE "event_removal"
        `);
    }

}
