import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes of the hot lists: a municipality's businesses read in name order (replaces the plain
 * municipality_id index, which the new one leads with) and events by their end (the `from` filter).
 */
export class AddHotPathIndexes1795778074281 implements MigrationInterface {
    name = 'AddHotPathIndexes1795778074281'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2c552de2547d69a499d824f583"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7b14d9d5ddf739a5173f131953" ON "business" ("municipality_id", "name", "id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_89c14901819d2bb755e94ead49" ON "event" ("ends_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_89c14901819d2bb755e94ead49"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7b14d9d5ddf739a5173f131953"
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2c552de2547d69a499d824f583" ON "business" USING btree ("municipality_id")
        `);
    }

}
