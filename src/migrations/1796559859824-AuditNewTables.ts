import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit trigger (`audit_row()`, migration AddAuditTrail) on the tables added since: a question of a
 * procurement request belongs to its request, as its invitations and quotes do; a board plan stands on its own.
 */
const AUDITED: [string, [string, string] | null][] = [
    ["procurement_question", ["ProcurementRequest", "request_id"]],
    ["board_plan", null],
];

export class AuditNewTables1796559859824 implements MigrationInterface {
    name = 'AuditNewTables1796559859824'

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
