import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Tables of shared data and the aggregate each row belongs to (its GraphQL type and the column of its id), null
 * for rows that stand on their own. Left out: `audit_entry` itself, `migrations`, and rows that are no shared
 * data: `rate_limit` (counters), `demo_data` (which demo sets are loaded), `candidate_read` (which coach has
 * read a candidate: a read log written by reads).
 */
const AUDITED: [string, [string, string] | null][] = [
    ["api_key", null],
    ["organisation", null],
    ["association", null],
    ["municipality", null],
    ["regio_q4_membership", null],
    ["business", null],
    ["business_membership", ["Business", "business_id"]],
    ["person", null],
    ["article", ["Article", "id"]],
    ["label", null],
    ["article_label", ["Article", "article_id"]],
    ["article_signatory", ["Article", "article_id"]],
    ["event", ["Event", "id"]],
    ["event_host", ["Event", "event_id"]],
    ["registration", ["Event", "event_id"]],
    ["event_removal", ["Event", "event_id"]],
    ["stakeholder_meeting", ["StakeholderMeeting", "id"]],
    ["stakeholder_participant", ["StakeholderMeeting", "meeting_id"]],
    ["follow_up_action", ["StakeholderMeeting", "meeting_id"]],
    ["procurement_request", ["ProcurementRequest", "id"]],
    ["invitation", ["ProcurementRequest", "request_id"]],
    ["quote", ["ProcurementRequest", "request_id"]],
    ["award", ["ProcurementRequest", "request_id"]],
    ["cpv_category", null],
    ["procurement_threshold", null],
    ["supplier_profile", ["SupplierProfile", "id"]],
    ["supplier_category", ["SupplierProfile", "profile_id"]],
    ["supplier_municipality", ["SupplierProfile", "profile_id"]],
    ["candidate", ["Candidate", "id"]],
    ["candidate_erasure", ["Candidate", "candidate_id"]],
    ["placement", ["Candidate", "candidate_id"]],
    ["placement_transition", ["Candidate", "candidate_id"]],
    ["opportunity", null],
    ["social_enterprise_participation", null],
    ["social_return_rate", null],
    ["social_return_credit", ["Award", "award_id"]],
    ["agenda_point", null],
    ["alderman_term", null],
    ["coalition_agreement", ["CoalitionAgreement", "id"]],
    ["coalition_party", ["CoalitionAgreement", "agreement_id"]],
    ["coalition_agenda_point", ["CoalitionAgreement", "agreement_id"]],
    ["commitment", ["Commitment", "id"]],
    ["commitment_change", ["Commitment", "commitment_id"]],
    ["election", null],
    ["election_result", null],
    ["party", null],
    ["outreach", null],
    ["party_response", null],
];

/**
 * One entry per changed row, in the transaction of the change, when the transaction carries the setting
 * `regioq4.audit` (JSON: subject, name, requestId, mutation), which `withTransaction` sets. Column names only,
 * never values. An update that changes nothing writes nothing.
 */
const AUDIT_ROW = `
CREATE FUNCTION audit_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    setting text := current_setting('regioq4.audit', true);
    context jsonb;
    old_row jsonb;
    new_row jsonb;
    changed text[];
BEGIN
    IF setting IS NULL OR setting = '' THEN
        RETURN NULL;
    END IF;
    context := setting::jsonb;
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    IF TG_OP = 'UPDATE' THEN
        SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
        FROM jsonb_each(new_row) n WHERE n.value IS DISTINCT FROM old_row -> n.key;
        IF cardinality(changed) = 0 THEN
            RETURN NULL;
        END IF;
    ELSIF TG_OP = 'INSERT' THEN
        SELECT coalesce(array_agg(n.key ORDER BY n.key), '{}') INTO changed
        FROM jsonb_each(new_row) n WHERE n.value <> 'null'::jsonb;
    ELSE
        changed := '{}';
    END IF;
    INSERT INTO audit_entry
        (at, request_id, mutation, actor_subject, actor_name, action, object_table, object_id, columns, root_type, root_id)
    VALUES (
        clock_timestamp(),
        left(context ->> 'requestId', 100),
        left(context ->> 'mutation', 100),
        left(context ->> 'subject', 200),
        left(context ->> 'name', 200),
        (CASE TG_OP WHEN 'INSERT' THEN 'CREATED' WHEN 'UPDATE' THEN 'UPDATED' ELSE 'DELETED' END)::audit_action,
        TG_TABLE_NAME,
        coalesce(new_row, old_row) ->> 'id',
        changed,
        CASE WHEN TG_NARGS > 0 THEN TG_ARGV[0] END,
        CASE WHEN TG_NARGS > 0 THEN coalesce(new_row, old_row) ->> TG_ARGV[1] END
    );
    RETURN NULL;
END
$$`;

export class AddAuditTrail1796555005470 implements MigrationInterface {
    name = 'AddAuditTrail1796555005470'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."audit_action" AS ENUM('CREATED', 'UPDATED', 'DELETED')
        `);
        await queryRunner.query(`
            CREATE TABLE "audit_entry" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "request_id" character varying(100) NOT NULL,
                "mutation" character varying(100),
                "actor_subject" character varying(200),
                "actor_name" character varying(200),
                "action" "public"."audit_action" NOT NULL,
                "object_table" character varying(100) NOT NULL,
                "object_id" character varying(100),
                "columns" text array NOT NULL,
                "root_type" character varying(100),
                "root_id" character varying(100),
                CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fda7cfcce54252cbb1c6dd210d" ON "audit_entry" ("object_table", "object_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3901b2e8bb40d52d9fa6dd701e" ON "audit_entry" ("root_type", "root_id", "at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bca9bbed413a3059aee206284b" ON "audit_entry" ("at", "id")
        `);
        await queryRunner.query(AUDIT_ROW);
        for (const [table, root] of AUDITED) {
            const args = root ? `'${root[0]}', '${root[1]}'` : "";
            await queryRunner.query(
                `CREATE TRIGGER "audit" AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row(${args})`,
            );
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table] of AUDITED) {
            await queryRunner.query(`DROP TRIGGER "audit" ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION audit_row()`);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bca9bbed413a3059aee206284b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3901b2e8bb40d52d9fa6dd701e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fda7cfcce54252cbb1c6dd210d"
        `);
        await queryRunner.query(`
            DROP TABLE "audit_entry"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."audit_action"
        `);
    }

}
