import { MigrationInterface, QueryRunner } from "typeorm";
import cpv from "./data/cpv-2008.json";

/** EU thresholds for municipalities (sub-central authorities), in euros, per two-year period. */
const EU_PERIODS: [since: string, until: string | null, suppliesServices: number, works: number, source: string][] = [
    ["2016-01-01", "2017-12-31", 209_000, 5_225_000, "Gedelegeerde Verordening (EU) 2015/2170"],
    ["2018-01-01", "2019-12-31", 221_000, 5_548_000, "Gedelegeerde Verordening (EU) 2017/2365"],
    ["2020-01-01", "2021-12-31", 214_000, 5_350_000, "Gedelegeerde Verordening (EU) 2019/1828"],
    ["2022-01-01", "2023-12-31", 215_000, 5_382_000, "Gedelegeerde Verordening (EU) 2021/1952"],
    ["2024-01-01", "2025-12-31", 221_000, 5_538_000, "Gedelegeerde Verordening (EU) 2023/2497"],
    // Open-ended: it applies until the next period's thresholds are added.
    ["2026-01-01", null, 216_000, 5_404_000, "EU-drempelwaarden 2026-2027"],
];

/** Social and other specific services (light regime): one EU threshold since the 2014 directive. */
const EU_SOCIAL_SERVICES = 750_000;

/**
 * The municipalities' own bands (inkoopbeleid), in euros: from `multiple` on 3 to 5 quotes, from
 * `national` on a national public tender (works only; supplies and services go European above the EU
 * threshold). Zeist raised its band for supplies and services in 2020.
 */
const MUNICIPAL_BANDS: [cbs: string, name: string, since: string, until: string | null, suppliesServices: number, worksMultiple: number, worksNational: number][] = [
    ["GM0355", "Zeist", "2016-01-01", "2019-12-31", 40_000, 150_000, 1_500_000],
    ["GM0355", "Zeist", "2020-01-01", null, 50_000, 150_000, 1_500_000],
    ["GM0310", "De Bilt", "2016-01-01", null, 50_000, 150_000, 1_500_000],
    ["GM0312", "Bunnik", "2016-01-01", null, 30_000, 100_000, 1_000_000],
    ["GM0352", "Wijk bij Duurstede", "2016-01-01", null, 33_000, 100_000, 1_500_000],
    ["GM1581", "Utrechtse Heuvelrug", "2016-01-01", null, 50_000, 150_000, 1_500_000],
];

type ThresholdRow = [municipality: string | null, kind: string, procedure: string, fromCents: number, since: string, until: string | null, source: string];

function thresholdRows(): ThresholdRow[] {
    const rows: ThresholdRow[] = [];
    for (const [since, until, suppliesServices, works, source] of EU_PERIODS) {
        rows.push([null, "SUPPLIES", "EUROPEAN", suppliesServices * 100, since, until, source]);
        rows.push([null, "SERVICES", "EUROPEAN", suppliesServices * 100, since, until, source]);
        rows.push([null, "WORKS", "EUROPEAN", works * 100, since, until, source]);
    }
    rows.push([null, "SOCIAL_SERVICES", "EUROPEAN", EU_SOCIAL_SERVICES * 100, "2016-01-01", null, "Aanbestedingswet 2012, art. 2.38 (sociale en andere specifieke diensten)"]);
    for (const [cbs, name, since, until, suppliesServices, worksMultiple, worksNational] of MUNICIPAL_BANDS) {
        const source = `Inkoop- en aanbestedingsbeleid gemeente ${name}`;
        for (const kind of ["SUPPLIES", "SERVICES", "SOCIAL_SERVICES"]) {
            rows.push([cbs, kind, "MULTIPLE_QUOTE", suppliesServices * 100, since, until, source]);
        }
        rows.push([cbs, "WORKS", "MULTIPLE_QUOTE", worksMultiple * 100, since, until, source]);
        rows.push([cbs, "WORKS", "NATIONAL", worksNational * 100, since, until, source]);
    }
    return rows;
}

export class AddProcurement1795778001845 implements MigrationInterface {
    name = 'AddProcurement1795778001845'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "award" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "quote_id" uuid NOT NULL,
                "profile_id" uuid NOT NULL,
                "business_id" uuid NOT NULL,
                "value" bigint NOT NULL,
                "local" boolean NOT NULL,
                "regional" boolean NOT NULL,
                "social_return_percentage" smallint NOT NULL,
                "social_return_obligation" bigint NOT NULL,
                "awarded_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "awarded_by_subject" character varying(200) NOT NULL,
                "awarded_by_name" character varying(200) NOT NULL,
                CONSTRAINT "REL_f57b1b64fcdfe9b0ed517862ab" UNIQUE ("request_id"),
                CONSTRAINT "PK_e887e4e69663925ebb60d3a7775" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_f57b1b64fcdfe9b0ed517862ab" ON "award" ("request_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ebbeeb160037ce4c913bc847c1" ON "award" ("business_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d9b60c4e88e8b7ecc0b3910ee1" ON "award" ("awarded_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."procurement_kind" AS ENUM(
                'WORKS',
                'SUPPLIES',
                'SERVICES',
                'SOCIAL_SERVICES'
            )
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
        `, ["public","cpv_category","GENERATED_COLUMN","search_vector","to_tsvector('english', label)"]);
        await queryRunner.query(`
            CREATE TABLE "cpv_category" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character(8) NOT NULL,
                "label" character varying(400) NOT NULL,
                "parent_code" character(8),
                "level" smallint NOT NULL,
                "kind" "public"."procurement_kind" NOT NULL,
                "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('english', label)) STORED NOT NULL,
                CONSTRAINT "PK_47343ad3a3765814ab79209d0ac" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_3caf9cf441fc98f10df305bcb7" ON "cpv_category" ("code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_939d61c9a82dc02ec84223f5be" ON "cpv_category" ("parent_code")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."invitation_outcome" AS ENUM('INVITED', 'PASSED_OVER')
        `);
        await queryRunner.query(`
            CREATE TABLE "invitation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "request_id" uuid NOT NULL,
                "profile_id" uuid NOT NULL,
                "outcome" "public"."invitation_outcome" NOT NULL,
                "suggested_rank" integer,
                "reasons" text array NOT NULL DEFAULT '{}',
                "note" text,
                "decided_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "decided_by_subject" character varying(200) NOT NULL,
                "decided_by_name" character varying(200) NOT NULL,
                CONSTRAINT "UQ_2db635d791ded9e341e7bc94eb6" UNIQUE ("request_id", "profile_id"),
                CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7e8a6da7617165e7d401dd45b2" ON "invitation" ("profile_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."procurement_procedure" AS ENUM(
                'SINGLE_QUOTE',
                'MULTIPLE_QUOTE',
                'NATIONAL',
                'EUROPEAN'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "procurement_threshold" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_code" character varying(6),
                "kind" "public"."procurement_kind" NOT NULL,
                "procedure" "public"."procurement_procedure" NOT NULL,
                "from_value" bigint NOT NULL,
                "since" date NOT NULL,
                "until" date,
                "source" character varying(300) NOT NULL,
                CONSTRAINT "CHK_2f1590395db9bedd603d1dbf10" CHECK (
                    "until" IS NULL
                    OR "until" >= "since"
                ),
                CONSTRAINT "PK_8c51d4861878ea7ce5a6a0e2b72" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fc4b7ea832f693e1429dc2075c" ON "procurement_threshold" ("municipality_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_f2496fb830e6e7855b9c6a1809" ON "procurement_threshold" ("kind", "since")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."procurement_request_status" AS ENUM(
                'DRAFT',
                'INVITING',
                'EVALUATING',
                'AWARDED',
                'CANCELLED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "procurement_request" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "cpv_code" character(8) NOT NULL,
                "kind" "public"."procurement_kind" NOT NULL,
                "estimated_value" bigint NOT NULL,
                "deadline" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "social_return_percentage" smallint NOT NULL DEFAULT '0',
                "procedure" "public"."procurement_procedure" NOT NULL,
                "required_procedure" "public"."procurement_procedure" NOT NULL,
                "procedure_reason" text,
                "status" "public"."procurement_request_status" NOT NULL DEFAULT 'DRAFT',
                "cancel_reason" text,
                "source" character varying(200),
                "created_by_subject" character varying(200) NOT NULL,
                "created_by_name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_6ec51f2d5444fbd8df60a4750b" CHECK (
                    "social_return_percentage" BETWEEN 0 AND 100
                ),
                CONSTRAINT "PK_63541cc7183cb462d9a213fb5dd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_eb9738624f2e214e1c1bf74159" ON "procurement_request" ("cpv_code")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_18255be23343cdf99ae26e4ed9" ON "procurement_request" ("municipality_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "quote" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "invitation_id" uuid NOT NULL,
                "request_id" uuid NOT NULL,
                "profile_id" uuid NOT NULL,
                "amount" bigint NOT NULL,
                "note" text NOT NULL DEFAULT '',
                "submitted_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "submitted_by_subject" character varying(200) NOT NULL,
                "submitted_by_name" character varying(200) NOT NULL,
                CONSTRAINT "REL_1a959992cbeabb3d01f387df66" UNIQUE ("invitation_id"),
                CONSTRAINT "PK_b772d4cb09e587c8c72a78d2439" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_1a959992cbeabb3d01f387df66" ON "quote" ("invitation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_01f514a348a259756b58daffff" ON "quote" ("request_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."supplier_certification" AS ENUM(
                'ISO_9001',
                'ISO_14001',
                'ISO_27001',
                'VCA',
                'PSO_1',
                'PSO_2',
                'PSO_3',
                'CO2_LADDER'
            )
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
        `, ["public","supplier_profile","GENERATED_COLUMN","search_vector","to_tsvector('dutch', description)"]);
        await queryRunner.query(`
            CREATE TABLE "supplier_profile" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "business_id" uuid NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "certifications" "public"."supplier_certification" array NOT NULL DEFAULT '{}',
                "social_enterprise" boolean NOT NULL DEFAULT false,
                "active" boolean NOT NULL DEFAULT true,
                "contact_name" character varying(200),
                "contact_email" character varying(254),
                "contact_phone" character varying(30),
                "last_invited_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "search_vector" tsvector GENERATED ALWAYS AS (to_tsvector('dutch', description)) STORED NOT NULL,
                CONSTRAINT "REL_d74e4623295947fd5d7535bcb7" UNIQUE ("business_id"),
                CONSTRAINT "PK_68ee1c8d9694ce9162769b0761d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d74e4623295947fd5d7535bcb7" ON "supplier_profile" ("business_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "supplier_category" (
                "profile_id" uuid NOT NULL,
                "cpv_code" character(8) NOT NULL,
                CONSTRAINT "PK_69d6198944fd15231fdc74c3d0a" PRIMARY KEY ("profile_id", "cpv_code")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3daef924da10b453c2112efcf4" ON "supplier_category" ("cpv_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "supplier_municipality" (
                "profile_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                CONSTRAINT "PK_09a266ac855192d7b145d0f6e7a" PRIMARY KEY ("profile_id", "municipality_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_dcae024d075008cb4fb25045b4" ON "supplier_municipality" ("municipality_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "award"
            ADD CONSTRAINT "FK_f57b1b64fcdfe9b0ed517862aba" FOREIGN KEY ("request_id") REFERENCES "procurement_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "award"
            ADD CONSTRAINT "FK_2efa274cf7cac39153a79051d3c" FOREIGN KEY ("quote_id") REFERENCES "quote"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "award"
            ADD CONSTRAINT "FK_ebbeeb160037ce4c913bc847c12" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_12244870bce80f8e821c09f930a" FOREIGN KEY ("request_id") REFERENCES "procurement_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation"
            ADD CONSTRAINT "FK_7e8a6da7617165e7d401dd45b2c" FOREIGN KEY ("profile_id") REFERENCES "supplier_profile"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD CONSTRAINT "FK_87566a601a29bf3313e44ca5ac5" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request"
            ADD CONSTRAINT "FK_eb9738624f2e214e1c1bf741597" FOREIGN KEY ("cpv_code") REFERENCES "cpv_category"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quote"
            ADD CONSTRAINT "FK_1a959992cbeabb3d01f387df662" FOREIGN KEY ("invitation_id") REFERENCES "invitation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "quote"
            ADD CONSTRAINT "FK_01f514a348a259756b58daffffb" FOREIGN KEY ("request_id") REFERENCES "procurement_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_profile"
            ADD CONSTRAINT "FK_d74e4623295947fd5d7535bcb7c" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_category"
            ADD CONSTRAINT "FK_7096762a8cc75023ba026aab8e3" FOREIGN KEY ("profile_id") REFERENCES "supplier_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_category"
            ADD CONSTRAINT "FK_3daef924da10b453c2112efcf4d" FOREIGN KEY ("cpv_code") REFERENCES "cpv_category"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_municipality"
            ADD CONSTRAINT "FK_9798df7031c91a7c08985748375" FOREIGN KEY ("profile_id") REFERENCES "supplier_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_municipality"
            ADD CONSTRAINT "FK_dcae024d075008cb4fb25045b47" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Reference data: every CPV 2008 code. A code's parent is found by zeroing digits from the right
        // until a code exists (not every intermediate code does); the level is the depth in that tree;
        // the kind follows the division (45 works, 03-44 and 48 supplies, the rest services).
        // The parents are found by one join of every code's candidate prefixes with the codes (a hash join),
        // no longer by a subquery per code that scanned all 9,454 codes each time (~20 s on a first start).
        // The data and the schema are unchanged: the same rows, the same columns, the same values.
        await queryRunner.query(`
            WITH RECURSIVE source AS (
                SELECT e->>0 AS code, e->>1 AS label FROM jsonb_array_elements($1::jsonb) e
            ), parents AS (
                SELECT DISTINCT ON (s.code) s.code, p.code AS parent_code
                  FROM source s
                 CROSS JOIN generate_series(7, 2, -1) k
                  JOIN source p ON p.code = rpad(left(s.code, k), 8, '0') AND p.code <> s.code
                 ORDER BY s.code, k DESC
            ), parented AS (
                SELECT s.code, s.label, parents.parent_code FROM source s LEFT JOIN parents USING (code)
            ), tree AS (
                SELECT code, 1 AS level FROM parented WHERE parent_code IS NULL
                UNION ALL
                SELECT c.code, t.level + 1 FROM parented c JOIN tree t ON c.parent_code = t.code
            )
            INSERT INTO "cpv_category" ("code", "label", "parent_code", "level", "kind")
            SELECT p.code, p.label, p.parent_code, t.level,
                   (CASE
                        WHEN left(p.code, 2) = '45' THEN 'WORKS'
                        WHEN left(p.code, 2)::int <= 44 OR left(p.code, 2) = '48' THEN 'SUPPLIES'
                        ELSE 'SERVICES'
                    END)::procurement_kind
              FROM parented p JOIN tree t USING (code)
        `, [JSON.stringify(cpv)]);
        // Label search: stems (english) for whole words, trigrams for partial or misspelt ones.
        await queryRunner.query(`
            CREATE INDEX "cpv_category_search_vector" ON "cpv_category" USING gin ("search_vector")
        `);
        await queryRunner.query(`
            CREATE INDEX "cpv_category_label_trgm" ON "cpv_category" USING gin ("label" gin_trgm_ops)
        `);
        // Supplier search: Dutch full text over the description.
        await queryRunner.query(`
            CREATE INDEX "supplier_profile_search_vector" ON "supplier_profile" USING gin ("search_vector")
        `);
        // The keyset of LAST_INVITED_AT (never invited first, as the epoch) and of rotation.
        await queryRunner.query(`
            CREATE INDEX "supplier_profile_last_invited" ON "supplier_profile" ((COALESCE("last_invited_at", 'epoch'::timestamptz)), "id")
        `);
        await queryRunner.query(`
            INSERT INTO "procurement_threshold" ("municipality_code", "kind", "procedure", "from_value", "since", "until", "source")
            SELECT r->>0, (r->>1)::procurement_kind, (r->>2)::procurement_procedure, (r->>3)::bigint,
                   (r->>4)::date, (r->>5)::date, r->>6
              FROM jsonb_array_elements($1::jsonb) r
        `, [JSON.stringify(thresholdRows())]);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "supplier_municipality" DROP CONSTRAINT "FK_dcae024d075008cb4fb25045b47"
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_municipality" DROP CONSTRAINT "FK_9798df7031c91a7c08985748375"
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_category" DROP CONSTRAINT "FK_3daef924da10b453c2112efcf4d"
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_category" DROP CONSTRAINT "FK_7096762a8cc75023ba026aab8e3"
        `);
        await queryRunner.query(`
            ALTER TABLE "supplier_profile" DROP CONSTRAINT "FK_d74e4623295947fd5d7535bcb7c"
        `);
        await queryRunner.query(`
            ALTER TABLE "quote" DROP CONSTRAINT "FK_01f514a348a259756b58daffffb"
        `);
        await queryRunner.query(`
            ALTER TABLE "quote" DROP CONSTRAINT "FK_1a959992cbeabb3d01f387df662"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP CONSTRAINT "FK_eb9738624f2e214e1c1bf741597"
        `);
        await queryRunner.query(`
            ALTER TABLE "procurement_request" DROP CONSTRAINT "FK_87566a601a29bf3313e44ca5ac5"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_7e8a6da7617165e7d401dd45b2c"
        `);
        await queryRunner.query(`
            ALTER TABLE "invitation" DROP CONSTRAINT "FK_12244870bce80f8e821c09f930a"
        `);
        await queryRunner.query(`
            ALTER TABLE "award" DROP CONSTRAINT "FK_ebbeeb160037ce4c913bc847c12"
        `);
        await queryRunner.query(`
            ALTER TABLE "award" DROP CONSTRAINT "FK_2efa274cf7cac39153a79051d3c"
        `);
        await queryRunner.query(`
            ALTER TABLE "award" DROP CONSTRAINT "FK_f57b1b64fcdfe9b0ed517862aba"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_dcae024d075008cb4fb25045b4"
        `);
        await queryRunner.query(`
            DROP TABLE "supplier_municipality"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3daef924da10b453c2112efcf4"
        `);
        await queryRunner.query(`
            DROP TABLE "supplier_category"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d74e4623295947fd5d7535bcb7"
        `);
        await queryRunner.query(`
            DROP TABLE "supplier_profile"
        `);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1
                AND "name" = $2
                AND "database" = current_database()
                AND "schema" = $3
                AND "table" = $4
        `, ["GENERATED_COLUMN","search_vector","public","supplier_profile"]);
        await queryRunner.query(`
            DROP TYPE "public"."supplier_certification"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_01f514a348a259756b58daffff"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1a959992cbeabb3d01f387df66"
        `);
        await queryRunner.query(`
            DROP TABLE "quote"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_18255be23343cdf99ae26e4ed9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_eb9738624f2e214e1c1bf74159"
        `);
        await queryRunner.query(`
            DROP TABLE "procurement_request"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."procurement_request_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f2496fb830e6e7855b9c6a1809"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fc4b7ea832f693e1429dc2075c"
        `);
        await queryRunner.query(`
            DROP TABLE "procurement_threshold"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."procurement_procedure"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7e8a6da7617165e7d401dd45b2"
        `);
        await queryRunner.query(`
            DROP TABLE "invitation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."invitation_outcome"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_939d61c9a82dc02ec84223f5be"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3caf9cf441fc98f10df305bcb7"
        `);
        await queryRunner.query(`
            DROP TABLE "cpv_category"
        `);
        await queryRunner.query(`
            DELETE FROM "typeorm_metadata"
            WHERE "type" = $1
                AND "name" = $2
                AND "database" = current_database()
                AND "schema" = $3
                AND "table" = $4
        `, ["GENERATED_COLUMN","search_vector","public","cpv_category"]);
        await queryRunner.query(`
            DROP TYPE "public"."procurement_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d9b60c4e88e8b7ecc0b3910ee1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ebbeeb160037ce4c913bc847c1"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_f57b1b64fcdfe9b0ed517862ab"
        `);
        await queryRunner.query(`
            DROP TABLE "award"
        `);
    }

}
