import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Who made a request, decided an invitation, submitted a quote or awarded: null when the token named nobody,
 * instead of the placeholder 'unknown' the module stored before.
 */
const ACTOR_COLUMNS: [table: string, column: string][] = [
    ['award', 'awarded_by_subject'],
    ['award', 'awarded_by_name'],
    ['invitation', 'decided_by_subject'],
    ['invitation', 'decided_by_name'],
    ['quote', 'submitted_by_subject'],
    ['quote', 'submitted_by_name'],
    ['procurement_request', 'created_by_subject'],
    ['procurement_request', 'created_by_name'],
];

export class ProcurementActorsNullable1796546468203 implements MigrationInterface {
    name = 'ProcurementActorsNullable1796546468203'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const [table, column] of ACTOR_COLUMNS) {
            await queryRunner.query(`
                ALTER TABLE "${table}"
                ALTER COLUMN "${column}" DROP NOT NULL
            `);
            await queryRunner.query(`UPDATE "${table}" SET "${column}" = NULL WHERE "${column}" = 'unknown'`);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const [table, column] of [...ACTOR_COLUMNS].reverse()) {
            await queryRunner.query(`UPDATE "${table}" SET "${column}" = 'unknown' WHERE "${column}" IS NULL`);
            await queryRunner.query(`
                ALTER TABLE "${table}"
                ALTER COLUMN "${column}"
                SET NOT NULL
            `);
        }
    }

}
