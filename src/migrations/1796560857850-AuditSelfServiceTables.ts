import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trigger (`audit_row()`, migration AddAuditTrail) on the tables of shared data added by self-service
 * applications, project answers and notifications: an application stands on its own; a firm's answer to a
 * project belongs to the project (its opportunity); a firm proposed for a request belongs to the request; a
 * partner's webhook endpoint stands on its own. Left out as no shared data (see docs/audit-trail.md): the
 * notification log and its deliveries (`notification`, `mail_message`, `notification_reminder`,
 * `webhook_delivery`, `webhook_attempt`), the worker's bookkeeping (`worker_instance`), an address's own
 * choice of mails (`notification_preference`) and the operators' address book (`notification_address`).
 */
const AUDITED: [string, [string, string] | null][] = [
    ["business_application", null],
    ["project_interest", ["Opportunity", "opportunity_id"]],
    ["proposed_supplier", ["ProcurementRequest", "request_id"]],
    ["webhook_endpoint", null],
];

export class AuditSelfServiceTables1796560857850 implements MigrationInterface {
    name = 'AuditSelfServiceTables1796560857850'

    public async up(queryRunner: QueryRunner): Promise<void> {
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
    }

}
