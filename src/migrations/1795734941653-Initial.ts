import { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795734941653 implements MigrationInterface {
    name = 'Initial1795734941653'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Trigram indexes make `name ILIKE '%part%'` searches fast on large tables.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`
            CREATE TYPE "public"."api_scope" AS ENUM(
                'events:read',
                'news:read',
                'suppliers:read',
                'reports:read'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "api_key" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "organisation_id" uuid NOT NULL,
                "name" character varying(100) NOT NULL,
                "prefix" character varying(12) NOT NULL,
                "secret_hash" character(64) NOT NULL,
                "scopes" "public"."api_scope" array NOT NULL,
                "created_by" character varying(200),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "revoked_at" TIMESTAMP(3) WITH TIME ZONE,
                "last_used_at" TIMESTAMP(3) WITH TIME ZONE,
                CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_656bf45bf240ad0a5aced63ae5" ON "api_key" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b227edd98d489363d65e908e60" ON "api_key" ("secret_hash")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."organisation_kind" AS ENUM(
                'BANK',
                'NATURE_PARK',
                'MUNICIPAL_NETWORK',
                'MUNICIPALITY',
                'KNOWLEDGE_INSTITUTE',
                'ECONOMIC_BOARD',
                'SCHOOL',
                'OTHER'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "organisation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "kind" "public"."organisation_kind" NOT NULL,
                "website" character varying(300),
                "municipality_id" uuid,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c725ae234ef1b74cce43d2d00c1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_d9428f9c8e3052d6617e3aab0e" ON "organisation" ("name")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_30a7f174c769ad29dbb31d5035" ON "organisation" ("municipality_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "association" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "short_name" character varying(40),
                "website" character varying(300),
                "municipality_id" uuid NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5c770cfef7a1f66da23be411699" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_1ab20cecfe004db5877ae09589" ON "association" ("name")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_48340f058a6918694dd28e8fdb" ON "association" ("municipality_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "municipality" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "cbs_code" character varying(6) NOT NULL,
                "name" character varying(100) NOT NULL,
                "province" character varying(50) NOT NULL DEFAULT 'Utrecht',
                "in_region" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_281ad341f20df7c41b83a182e2a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_c9a438776da641c3564a9022a9" ON "municipality" ("cbs_code")
        `);
        await queryRunner.query(`
            CREATE TABLE "regio_q4_membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "association_id" uuid NOT NULL,
                "since" date NOT NULL,
                "until" date,
                CONSTRAINT "CHK_25287c47a6051bd31f9bad517b" CHECK (
                    "until" IS NULL
                    OR "until" >= "since"
                ),
                CONSTRAINT "PK_5fd8c0d81638d27006ba028d5d1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d0565c2220748ce3f317e2a3c4" ON "regio_q4_membership" ("association_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "business" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kvk_number" character(8) NOT NULL,
                "name" character varying(200) NOT NULL,
                "street" character varying(200) NOT NULL,
                "house_number" character varying(20) NOT NULL,
                "postcode" character varying(7) NOT NULL,
                "city" character varying(100) NOT NULL,
                "municipality_id" uuid NOT NULL,
                "sbi_codes" character varying(5) array NOT NULL DEFAULT '{}',
                "website" character varying(300),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_0bd850da8dafab992e2e9b058e5" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_7377427068e20a7e195a56c96d" ON "business" ("kvk_number")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c6894e962b80bc10a694c0271e" ON "business" ("name")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2c552de2547d69a499d824f583" ON "business" ("municipality_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "business_name_trgm" ON "business" USING gin ("name" gin_trgm_ops)
        `);
        await queryRunner.query(`
            CREATE TABLE "business_membership" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "business_id" uuid NOT NULL,
                "association_id" uuid NOT NULL,
                "since" date NOT NULL,
                "until" date,
                CONSTRAINT "CHK_1ca496bffe7c39a013164340f3" CHECK (
                    "until" IS NULL
                    OR "until" >= "since"
                ),
                CONSTRAINT "PK_a551db3c053c507cc2806b890c9" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_bbf823354aa8813b7e93798734" ON "business_membership" ("association_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_90422e93c2eb580b772f4ba102" ON "business_membership" ("business_id", "association_id", "since")
        `);
        await queryRunner.query(`
            CREATE TABLE "person" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200) NOT NULL,
                "email" character varying(254),
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_846ac8958a8292e7a658706586" ON "person" ("email")
            WHERE email IS NOT NULL
        `);
        await queryRunner.query(`
            ALTER TABLE "api_key"
            ADD CONSTRAINT "FK_656bf45bf240ad0a5aced63ae53" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation"
            ADD CONSTRAINT "FK_30a7f174c769ad29dbb31d50358" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "association"
            ADD CONSTRAINT "FK_48340f058a6918694dd28e8fdba" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "regio_q4_membership"
            ADD CONSTRAINT "FK_d0565c2220748ce3f317e2a3c46" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "business"
            ADD CONSTRAINT "FK_2c552de2547d69a499d824f583d" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "business_membership"
            ADD CONSTRAINT "FK_201b6826372d5168c3727592e8b" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "business_membership"
            ADD CONSTRAINT "FK_bbf823354aa8813b7e93798734b" FOREIGN KEY ("association_id") REFERENCES "association"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."business_name_trgm"`);
        await queryRunner.query(`
            ALTER TABLE "business_membership" DROP CONSTRAINT "FK_bbf823354aa8813b7e93798734b"
        `);
        await queryRunner.query(`
            ALTER TABLE "business_membership" DROP CONSTRAINT "FK_201b6826372d5168c3727592e8b"
        `);
        await queryRunner.query(`
            ALTER TABLE "business" DROP CONSTRAINT "FK_2c552de2547d69a499d824f583d"
        `);
        await queryRunner.query(`
            ALTER TABLE "regio_q4_membership" DROP CONSTRAINT "FK_d0565c2220748ce3f317e2a3c46"
        `);
        await queryRunner.query(`
            ALTER TABLE "association" DROP CONSTRAINT "FK_48340f058a6918694dd28e8fdba"
        `);
        await queryRunner.query(`
            ALTER TABLE "organisation" DROP CONSTRAINT "FK_30a7f174c769ad29dbb31d50358"
        `);
        await queryRunner.query(`
            ALTER TABLE "api_key" DROP CONSTRAINT "FK_656bf45bf240ad0a5aced63ae53"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_846ac8958a8292e7a658706586"
        `);
        await queryRunner.query(`
            DROP TABLE "person"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_90422e93c2eb580b772f4ba102"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bbf823354aa8813b7e93798734"
        `);
        await queryRunner.query(`
            DROP TABLE "business_membership"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2c552de2547d69a499d824f583"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c6894e962b80bc10a694c0271e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7377427068e20a7e195a56c96d"
        `);
        await queryRunner.query(`
            DROP TABLE "business"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d0565c2220748ce3f317e2a3c4"
        `);
        await queryRunner.query(`
            DROP TABLE "regio_q4_membership"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c9a438776da641c3564a9022a9"
        `);
        await queryRunner.query(`
            DROP TABLE "municipality"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_48340f058a6918694dd28e8fdb"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1ab20cecfe004db5877ae09589"
        `);
        await queryRunner.query(`
            DROP TABLE "association"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_30a7f174c769ad29dbb31d5035"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d9428f9c8e3052d6617e3aab0e"
        `);
        await queryRunner.query(`
            DROP TABLE "organisation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."organisation_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b227edd98d489363d65e908e60"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_656bf45bf240ad0a5aced63ae5"
        `);
        await queryRunner.query(`
            DROP TABLE "api_key"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."api_scope"
        `);
    }

}
