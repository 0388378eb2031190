import { MigrationInterface, QueryRunner } from "typeorm";
import dutch from "./data/cpv-2008-nl.json";

export class AddDutchCpvSearch1796556043413 implements MigrationInterface {
    name = 'AddDutchCpvSearch1796556043413'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "cpv_category"
            ADD "dutch_label" character varying(300)
        `);
        await queryRunner.query(`
            ALTER TABLE "cpv_category"
            ADD "dutch_terms" text
        `);
        await queryRunner.query(`
            ALTER TABLE "cpv_category"
            ADD "dutch_search_vector" tsvector GENERATED ALWAYS AS (
                    setweight(
                        to_tsvector('simple', coalesce(dutch_label, '')),
                        'A'
                    ) || setweight(
                        to_tsvector('simple', coalesce(dutch_terms, '')),
                        'B'
                    )
                ) STORED NOT NULL
        `);
        await queryRunner.query(`
            INSERT INTO "typeorm_metadata"(
                    "database",
                    "schema",
                    "table",
                    "type",
                    "name",
                    "value"
                )
            VALUES (current_database(), $1, $2, $3, $4, $5)
        `, ["public","cpv_category","GENERATED_COLUMN","dutch_search_vector","setweight(to_tsvector('simple', coalesce(dutch_label, '')), 'A') || setweight(to_tsvector('simple', coalesce(dutch_terms, '')), 'B')"]);
        await queryRunner.query(`
            ALTER TABLE "cpv_category"
            ADD "dutch_words" text GENERATED ALWAYS AS (
                    coalesce(dutch_label, '') || ' ' || coalesce(dutch_terms, '')
                ) STORED NOT NULL
        `);
        await queryRunner.query(`
            INSERT INTO "typeorm_metadata"(
                    "database",
                    "schema",
                    "table",
                    "type",
                    "name",
                    "value"
                )
            VALUES (current_database(), $1, $2, $3, $4, $5)
        `, ["public","cpv_category","GENERATED_COLUMN","dutch_words","coalesce(dutch_label, '') || ' ' || coalesce(dutch_terms, '')"]);
        // The curated Dutch names and search words: [code, name, words] (the vocabulary of this release).
        await queryRunner.query(`
            UPDATE "cpv_category" c
               SET "dutch_label" = d.label, "dutch_terms" = NULLIF(d.terms, '')
              FROM jsonb_to_recordset(
                       (SELECT jsonb_agg(jsonb_build_object('code', e->>0, 'label', e->>1, 'terms', e->>2))
                          FROM jsonb_array_elements($1::jsonb) e)
                   ) AS d(code text, label text, terms text)
             WHERE c.code = d.code
        `, [JSON.stringify(dutch)]);
        // Dutch search: words by prefix, partial and misspelt words by trigram.
        await queryRunner.query(`
            CREATE INDEX "cpv_category_dutch_search_vector" ON "cpv_category" USING gin ("dutch_search_vector")
        `);
        await queryRunner.query(`
            CREATE INDEX "cpv_category_dutch_words_trgm" ON "cpv_category" USING gin ("dutch_words" gin_trgm_ops)
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "cpv_category_dutch_words_trgm"
        `);
        await queryRunner.query(`
            DROP INDEX "cpv_category_dutch_search_vector"
        `);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1
                AND "name" = $2
                AND "database" = current_database()
                AND "schema" = $3
                AND "table" = $4
        `, ["GENERATED_COLUMN","dutch_words","public","cpv_category"]);
        await queryRunner.query(`
            ALTER TABLE "cpv_category" DROP COLUMN "dutch_words"
        `);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1
                AND "name" = $2
                AND "database" = current_database()
                AND "schema" = $3
                AND "table" = $4
        `, ["GENERATED_COLUMN","dutch_search_vector","public","cpv_category"]);
        await queryRunner.query(`
            ALTER TABLE "cpv_category" DROP COLUMN "dutch_search_vector"
        `);
        await queryRunner.query(`
            ALTER TABLE "cpv_category" DROP COLUMN "dutch_terms"
        `);
        await queryRunner.query(`
            ALTER TABLE "cpv_category" DROP COLUMN "dutch_label"
        `);
    }

}
