import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Which modules' demo data is loaded, so that a module added later gets its demo data on the next start
 * (`SEED=demo`). A database that already holds data had the demo of the three modules of that time
 * loaded (demo data was only ever loaded into an empty database), so they are recorded as loaded.
 */
export class AddDemoData1795777581239 implements MigrationInterface {
    name = 'AddDemoData1795777581239'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "demo_data" (
                "module" character varying(50) NOT NULL,
                "loaded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_demo_data" PRIMARY KEY ("module")
            )
        `);
        await queryRunner.query(`
            INSERT INTO "demo_data" ("module")
            SELECT unnest(ARRAY['core', 'news', 'networking'])
             WHERE EXISTS (SELECT 1 FROM "municipality")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "demo_data"
        `);
    }
}
