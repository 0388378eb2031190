import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The supplier search's filters as columns of `supplier_profile` (the business's name, every 2-to-8-digit
 * prefix of its CPV codes, its own and served municipalities), each with a GIN index, so that one bitmap
 * answers words, CPV subtree and municipality together instead of probing three tables per supplier.
 *
 * Triggers keep them, not the services: the name and the municipality belong to core's business, written
 * by core's mutations (which procurement may not hook into), the applications' approval, the demo seed and
 * bulk SQL; a trigger sees every writer in the writer's own transaction. One function computes the three
 * columns, as a BEFORE trigger of the profile row whenever it is inserted or one of them (or its business)
 * is named in an UPDATE; the other tables' triggers only name them ("touch"), so the rule lives in one
 * place. Categories and municipalities served touch once per statement (transition tables): replacing a
 * profile's twenty categories is two updates of its row, not forty.
 */
const SEARCH_COLUMNS = `
CREATE FUNCTION supplier_search_columns() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.business_name := coalesce((SELECT b.name FROM business b WHERE b.id = NEW.business_id), '');
    NEW.cpv_prefixes := (
        SELECT coalesce(array_agg(DISTINCT left(c.cpv_code, n) ORDER BY left(c.cpv_code, n)), '{}')
          FROM supplier_category c CROSS JOIN generate_series(2, 8) n
         WHERE c.profile_id = NEW.id);
    NEW.municipality_ids := (
        SELECT coalesce(array_agg(DISTINCT m.id ORDER BY m.id), '{}')
          FROM (SELECT b.municipality_id AS id FROM business b WHERE b.id = NEW.business_id
                UNION ALL
                SELECT s.municipality_id FROM supplier_municipality s WHERE s.profile_id = NEW.id) m
         WHERE m.id IS NOT NULL);
    RETURN NEW;
END
$$`;

const TOUCH_BY_BUSINESS = `
CREATE FUNCTION supplier_search_columns_of_business() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE supplier_profile SET business_name = business_name WHERE business_id = NEW.id;
    RETURN NULL;
END
$$`;

/** For supplier_category and supplier_municipality: the profiles of the statement's rows, old and new. */
const TOUCH_BY_ROWS = `
CREATE FUNCTION supplier_search_columns_of_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        UPDATE supplier_profile SET business_name = business_name
         WHERE id IN (SELECT DISTINCT profile_id FROM new_rows);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE supplier_profile SET business_name = business_name
         WHERE id IN (SELECT DISTINCT profile_id FROM old_rows);
    END IF;
    RETURN NULL;
END
$$`;

const ROW_TABLES = ["supplier_category", "supplier_municipality"];

export class SupplierSearchColumns1796574528020 implements MigrationInterface {
    name = 'SupplierSearchColumns1796574528020'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "supplier_profile"
            ADD "business_name" character varying(200) NOT NULL DEFAULT ''
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_profile"
            ADD "cpv_prefixes" text array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_profile"
            ADD "municipality_ids" uuid array NOT NULL DEFAULT '{}'
        `);
        await queryRunner.query(SEARCH_COLUMNS);
        await queryRunner.query(`
            CREATE TRIGGER "supplier_search_columns"
            BEFORE INSERT OR UPDATE OF "business_id", "business_name", "cpv_prefixes", "municipality_ids"
            ON "supplier_profile" FOR EACH ROW EXECUTE FUNCTION supplier_search_columns()
        `);
        await queryRunner.query(TOUCH_BY_BUSINESS);
        await queryRunner.query(`
            CREATE TRIGGER "supplier_search_columns" AFTER UPDATE OF "name", "municipality_id" ON "business"
            FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.municipality_id IS DISTINCT FROM NEW.municipality_id)
            EXECUTE FUNCTION supplier_search_columns_of_business()
        `);
        await queryRunner.query(TOUCH_BY_ROWS);
        for (const table of ROW_TABLES) {
            await queryRunner.query(`
                CREATE TRIGGER "supplier_search_columns_insert" AFTER INSERT ON "${table}"
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION supplier_search_columns_of_rows()
            `);
            await queryRunner.query(`
                CREATE TRIGGER "supplier_search_columns_update" AFTER UPDATE ON "${table}"
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                FOR EACH STATEMENT EXECUTE FUNCTION supplier_search_columns_of_rows()
            `);
            await queryRunner.query(`
                CREATE TRIGGER "supplier_search_columns_delete" AFTER DELETE ON "${table}"
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION supplier_search_columns_of_rows()
            `);
        }
        // The existing profiles: naming the column runs the trigger.
        await queryRunner.query(`UPDATE "supplier_profile" SET "business_name" = "business_name"`);
        await queryRunner.query(`
            CREATE INDEX "supplier_profile_business_name_trgm" ON "supplier_profile" USING gin ("business_name" gin_trgm_ops)
        `);
        await queryRunner.query(`
            CREATE INDEX "supplier_profile_cpv_prefixes" ON "supplier_profile" USING gin ("cpv_prefixes")
        `);
        await queryRunner.query(`
            CREATE INDEX "supplier_profile_municipality_ids" ON "supplier_profile" USING gin ("municipality_ids")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."supplier_profile_municipality_ids"`);
        await queryRunner.query(`DROP INDEX "public"."supplier_profile_cpv_prefixes"`);
        await queryRunner.query(`DROP INDEX "public"."supplier_profile_business_name_trgm"`);
        for (const table of [...ROW_TABLES].reverse()) {
            for (const event of ["delete", "update", "insert"]) {
                await queryRunner.query(`DROP TRIGGER "supplier_search_columns_${event}" ON "${table}"`);
            }
        }
        await queryRunner.query(`DROP FUNCTION supplier_search_columns_of_rows()`);
        await queryRunner.query(`DROP TRIGGER "supplier_search_columns" ON "business"`);
        await queryRunner.query(`DROP FUNCTION supplier_search_columns_of_business()`);
        await queryRunner.query(`DROP TRIGGER "supplier_search_columns" ON "supplier_profile"`);
        await queryRunner.query(`DROP FUNCTION supplier_search_columns()`);
        await queryRunner.query(`
            ALTER TABLE "supplier_profile" DROP COLUMN "municipality_ids"
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_profile" DROP COLUMN "cpv_prefixes"
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_profile" DROP COLUMN "business_name"
        `);
    }

}
