import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNews1795735766386 implements MigrationInterface {
    name = 'AddNews1795735766386'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."article_status" AS ENUM('DRAFT', 'PUBLISHED', 'ARCHIVED')
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
        `, ["public","article","GENERATED_COLUMN","search_vector","setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')"]);
        await queryRunner.query(`
            CREATE TABLE "article" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "slug" character varying(200) NOT NULL,
                "title" character varying(300) NOT NULL,
                "body" text NOT NULL,
                "excerpt" character varying(500),
                "status" "public"."article_status" NOT NULL DEFAULT 'DRAFT',
                "published_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "search_vector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')
                ) STORED NOT NULL,
                CONSTRAINT "PK_40808690eb7b915046558c0f81b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_0ab85f4be07b22d79906671d72" ON "article" ("slug")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_9af34d954dc340d6fc71cd4cdf" ON "article" ("status", "published_at")
        `);
        // Full-text search over the stored tsvector stays fast with tens of thousands of articles.
        await queryRunner.query(`
            CREATE INDEX "article_search_vector" ON "article" USING gin ("search_vector")
        `);
        // The keyset of news lists: newest first, drafts (no date yet) by when they were written.
        await queryRunner.query(`
            CREATE INDEX "article_sort_key" ON "article" ((COALESCE("published_at", "created_at")), "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "label" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(100) NOT NULL,
                "slug" character varying(100) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5692ac5348861d3776eb5843672" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_972f95f212512a35e838562ea3" ON "label" ("name")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b4c59ff6222d3cc14d2e2a751b" ON "label" ("slug")
        `);
        await queryRunner.query(`
            CREATE TABLE "article_label" (
                "article_id" uuid NOT NULL,
                "label_id" uuid NOT NULL,
                CONSTRAINT "PK_47a8fc46630ffd6268303addb73" PRIMARY KEY ("article_id", "label_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_09c845815c1172e8cbcdde0de9" ON "article_label" ("label_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "article_signatory" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "article_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "person_id" uuid NOT NULL,
                "role" character varying(100) NOT NULL,
                "association_id" uuid,
                "organisation_id" uuid,
                CONSTRAINT "CHK_c9a434f4c46f09c3a534eab47e" CHECK (
                    "association_id" IS NULL
                    OR "organisation_id" IS NULL
                ),
                CONSTRAINT "PK_9efac2af841361fa4812254fd9f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_90ac20973c9ae85467866eaae1" ON "article_signatory" ("person_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e7f77192a4501879e81b0eaf86" ON "article_signatory" ("association_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_03ba744c12f9e16d56116612ca" ON "article_signatory" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_6e6628f23624b2fce6620b02bb" ON "article_signatory" ("article_id", "position")
        `);
        await queryRunner.query(`
            ALTER TABLE "article_label"
            ADD CONSTRAINT "FK_f529a69c82fc1bea1340663e46a" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "article_label"
            ADD CONSTRAINT "FK_09c845815c1172e8cbcdde0de96" FOREIGN KEY ("label_id") REFERENCES "label"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "article_signatory"
            ADD CONSTRAINT "FK_451100510b769f749aa9e62e4ac" FOREIGN KEY ("article_id") REFERENCES "article"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "article_signatory"
            ADD CONSTRAINT "FK_90ac20973c9ae85467866eaae1b" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "article_signatory"
            ADD CONSTRAINT "FK_e7f77192a4501879e81b0eaf866" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "article_signatory"
            ADD CONSTRAINT "FK_03ba744c12f9e16d56116612caa" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "article_signatory" DROP CONSTRAINT "FK_03ba744c12f9e16d56116612caa"
        `);
        await queryRunner.query(`
            ALTER TABLE "article_signatory" DROP CONSTRAINT "FK_e7f77192a4501879e81b0eaf866"
        `);
        await queryRunner.query(`
            ALTER TABLE "article_signatory" DROP CONSTRAINT "FK_90ac20973c9ae85467866eaae1b"
        `);
        await queryRunner.query(`
            ALTER TABLE "article_signatory" DROP CONSTRAINT "FK_451100510b769f749aa9e62e4ac"
        `);
        await queryRunner.query(`
            ALTER TABLE "article_label" DROP CONSTRAINT "FK_09c845815c1172e8cbcdde0de96"
        `);
        await queryRunner.query(`
            ALTER TABLE "article_label" DROP CONSTRAINT "FK_f529a69c82fc1bea1340663e46a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6e6628f23624b2fce6620b02bb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_03ba744c12f9e16d56116612ca"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e7f77192a4501879e81b0eaf86"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_90ac20973c9ae85467866eaae1"
        `);
        await queryRunner.query(`
            DROP TABLE "article_signatory"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_09c845815c1172e8cbcdde0de9"
        `);
        await queryRunner.query(`
            DROP TABLE "article_label"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b4c59ff6222d3cc14d2e2a751b"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_972f95f212512a35e838562ea3"
        `);
        await queryRunner.query(`
            DROP TABLE "label"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."article_sort_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."article_search_vector"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9af34d954dc340d6fc71cd4cdf"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_0ab85f4be07b22d79906671d72"
        `);
        await queryRunner.query(`
            DROP TABLE "article"
        `);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1
                AND "name" = $2
                AND "database" = current_database()
                AND "schema" = $3
                AND "table" = $4
        `, ["GENERATED_COLUMN","search_vector","public","article"]);
        await queryRunner.query(`
            DROP TYPE "public"."article_status"
        `);
    }

}
