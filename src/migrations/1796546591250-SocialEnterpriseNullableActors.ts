import { MigrationInterface, QueryRunner } from "typeorm";

/** Columns that say who did something in the social-enterprise module, as [table, column]. */
const ACTOR_COLUMNS: [string, string][] = [
    ["candidate", "coach_subject"],
    ["candidate", "coach_name"],
    ["candidate_read", "subject"],
    ["candidate_erasure", "subject"],
    ["placement_transition", "actor_subject"],
    ["placement_transition", "actor_name"],
    ["opportunity", "created_by_subject"],
    ["opportunity", "created_by_name"],
    ["social_return_credit", "credited_by_subject"],
    ["social_return_credit", "credited_by_name"],
];

export class SocialEnterpriseNullableActors1796546591250 implements MigrationInterface {
    name = 'SocialEnterpriseNullableActors1796546591250'

    public async up(queryRunner: QueryRunner): Promise<void> {
        for (const [table, column] of ACTOR_COLUMNS) {
            await queryRunner.query(`
                ALTER TABLE "${table}"
                ALTER COLUMN "${column}" DROP NOT NULL
            `);
            // The placeholder stood for "nobody known": it becomes what the columns now say for that, null.
            await queryRunner.query(`
                UPDATE "${table}" SET "${column}" = NULL WHERE "${column}" = 'unknown'
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        // Back to the placeholder the NOT NULL columns held for an unknown person.
        for (const [table, column] of [...ACTOR_COLUMNS].reverse()) {
            await queryRunner.query(`
                UPDATE "${table}" SET "${column}" = 'unknown' WHERE "${column}" IS NULL
            `);
            await queryRunner.query(`
                ALTER TABLE "${table}"
                ALTER COLUMN "${column}"
                SET NOT NULL
            `);
        }
    }

}
