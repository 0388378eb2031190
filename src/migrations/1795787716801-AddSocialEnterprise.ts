import { MigrationInterface, QueryRunner } from "typeorm";

/** Default social-return value of one placement: [target group, minimum months, euro cents]. */
const DEFAULT_RATES: [string, number, number][] = [
    ["ASPIRING_EMPLOYEE", 1, 250000],
    ["ASPIRING_EMPLOYEE", 6, 1500000],
    ["ASPIRING_EMPLOYEE", 12, 2500000],
    ["LABOUR_DISABILITY", 1, 500000],
    ["LABOUR_DISABILITY", 6, 2000000],
    ["LABOUR_DISABILITY", 12, 3500000],
    ["INTERN", 1, 100000],
    ["INTERN", 3, 250000],
    ["INTERN", 6, 500000],
    ["PUPIL", 1, 50000],
    ["PUPIL", 3, 150000],
];

export class AddSocialEnterprise1795787716801 implements MigrationInterface {
    name = 'AddSocialEnterprise1795787716801'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."candidate_target_group" AS ENUM(
                'ASPIRING_EMPLOYEE',
                'PUPIL',
                'INTERN',
                'LABOUR_DISABILITY'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "name" character varying(200),
                "email" character varying(320),
                "phone" character varying(40),
                "birth_year" smallint,
                "municipality_id" uuid NOT NULL,
                "target_group" "public"."candidate_target_group" NOT NULL,
                "school" character varying(200),
                "interests" text,
                "skills" character varying(100) array NOT NULL DEFAULT '{}',
                "availability" character varying(200) NOT NULL DEFAULT '',
                "support_needs" text,
                "coach_subject" character varying(200) NOT NULL,
                "coach_name" character varying(200) NOT NULL,
                "consent_given_on" date,
                "consent_purposes" character varying(100) array NOT NULL DEFAULT '{}',
                "pseudonym" character varying(20) NOT NULL,
                "erased_at" TIMESTAMP(3) WITH TIME ZONE,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b0ddec158a9a60fbc785281581b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6c563cbecc8a7f5a99590cea57" ON "candidate" ("municipality_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_2665d5b9b4c06b1ca7a792d4a3" ON "candidate" ("pseudonym")
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate_read" (
                "id" BIGSERIAL NOT NULL,
                "candidate_id" uuid NOT NULL,
                "subject" character varying(200) NOT NULL,
                "read_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_3b96201dedde14380d608c22ce0" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_d05dfc4bfe129d860f9aba1c3a" ON "candidate_read" ("candidate_id", "read_at")
        `);
        await queryRunner.query(`
            CREATE TABLE "candidate_erasure" (
                "id" BIGSERIAL NOT NULL,
                "candidate_id" uuid NOT NULL,
                "subject" character varying(200) NOT NULL,
                "erased_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_559f95b265bf541bb2db47ca98c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_52fa74f71d41a58a764dd086f4" ON "candidate_erasure" ("candidate_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."placement_stage" AS ENUM(
                'PROPOSED',
                'INTRODUCED',
                'TRIAL',
                'PLACED',
                'COMPLETED',
                'ENDED',
                'DECLINED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "placement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "candidate_id" uuid NOT NULL,
                "opportunity_id" uuid NOT NULL,
                "stage" "public"."placement_stage" NOT NULL,
                "stage_since" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_7fc37efc03554fabc0669fe6a3" ON "placement" ("opportunity_id", "stage")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e9fb265528b282ca7725a8f3b9" ON "placement" ("candidate_id", "opportunity_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."placement_transition_from" AS ENUM(
                'PROPOSED',
                'INTRODUCED',
                'TRIAL',
                'PLACED',
                'COMPLETED',
                'ENDED',
                'DECLINED'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."placement_transition_to" AS ENUM(
                'PROPOSED',
                'INTRODUCED',
                'TRIAL',
                'PLACED',
                'COMPLETED',
                'ENDED',
                'DECLINED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "placement_transition" (
                "id" BIGSERIAL NOT NULL,
                "placement_id" uuid NOT NULL,
                "candidate_id" uuid NOT NULL,
                "from" "public"."placement_transition_from",
                "to" "public"."placement_transition_to" NOT NULL,
                "at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "actor_subject" character varying(200) NOT NULL,
                "actor_name" character varying(200) NOT NULL,
                "note" text,
                CONSTRAINT "PK_374d7905e2b72714d046e0cd2ec" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_ab5067843b031e88bf65add865" ON "placement_transition" ("candidate_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fa8bc9cc2c4710f9cca80a9e80" ON "placement_transition" ("placement_id", "at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."opportunity_kind" AS ENUM(
                'JOB',
                'HOLIDAY_JOB',
                'VOLUNTEERING',
                'INTERNSHIP',
                'APPRENTICESHIP',
                'WORK_TRIAL',
                'PROJECT'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."opportunity_target_group" AS ENUM(
                'ASPIRING_EMPLOYEE',
                'PUPIL',
                'INTERN',
                'LABOUR_DISABILITY'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."opportunity_status" AS ENUM('OPEN', 'FILLED', 'CLOSED')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."opportunity_poster_kind" AS ENUM('BUSINESS', 'MUNICIPALITY', 'ORGANISATION')
        `);
        await queryRunner.query(`
            CREATE TABLE "opportunity" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "kind" "public"."opportunity_kind" NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "municipality_id" uuid NOT NULL,
                "hours_per_week" smallint,
                "places" smallint NOT NULL DEFAULT '1',
                "target_groups" "public"."opportunity_target_group" array NOT NULL DEFAULT '{}',
                "start_date" date,
                "closing_date" date,
                "status" "public"."opportunity_status" NOT NULL DEFAULT 'OPEN',
                "poster_kind" "public"."opportunity_poster_kind" NOT NULL,
                "business_id" uuid,
                "organisation_id" uuid,
                "procurement_request_id" uuid,
                "created_by_subject" character varying(200) NOT NULL,
                "created_by_name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CHK_278a6de55b12f1f97cb40ce749" CHECK (
                    ("poster_kind" = 'BUSINESS') = ("business_id" IS NOT NULL)
                    AND ("poster_kind" = 'ORGANISATION') = ("organisation_id" IS NOT NULL)
                ),
                CONSTRAINT "CHK_666d47a36fbe87bd9617aa65f0" CHECK ("places" > 0),
                CONSTRAINT "PK_085fd6d6f4765325e6c16163568" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_70f7965c629af1b00c61d811b5" ON "opportunity" ("business_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_29816da4c4529512ef43ac7c55" ON "opportunity" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_db7ea1640b21f3c918b647ea38" ON "opportunity" ("status", "created_at")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e611229aaae6ba2a0f66d3a67d" ON "opportunity" ("municipality_id", "status", "created_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."social_enterprise_participation_status" AS ENUM('IN_TALKS', 'ADOPTED', 'DECLINED')
        `);
        await queryRunner.query(`
            CREATE TABLE "social_enterprise_participation" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "status" "public"."social_enterprise_participation_status" NOT NULL,
                "since" date NOT NULL,
                CONSTRAINT "PK_7f0a59a47c7015ee6ff78e6dbaa" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_1bfaae5c7664b30f6e24f351c1" ON "social_enterprise_participation" ("municipality_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."social_return_rate_target_group" AS ENUM(
                'ASPIRING_EMPLOYEE',
                'PUPIL',
                'INTERN',
                'LABOUR_DISABILITY'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "social_return_rate" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "target_group" "public"."social_return_rate_target_group" NOT NULL,
                "min_months" smallint NOT NULL,
                "value" bigint NOT NULL,
                "is_default" boolean NOT NULL DEFAULT true,
                CONSTRAINT "CHK_436d6a9707a459374f63f2d2bb" CHECK ("min_months" >= 0),
                CONSTRAINT "PK_03a3e7466a3e4c60a686cbdc37c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_9142e5b097956717ee78b23149" ON "social_return_rate" ("target_group", "min_months")
        `);
        await queryRunner.query(`
            CREATE TABLE "social_return_credit" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "award_id" uuid NOT NULL,
                "placement_id" uuid NOT NULL,
                "months" smallint NOT NULL,
                "value" bigint NOT NULL,
                "credited_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL,
                "credited_by_subject" character varying(200) NOT NULL,
                "credited_by_name" character varying(200) NOT NULL,
                CONSTRAINT "PK_e40ff335dc73d30f76d7ee93c23" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_3fff2d43ed6569128621d05484" ON "social_return_credit" ("award_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_bf74ff0e2439bdee389d9b76ef" ON "social_return_credit" ("placement_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate"
            ADD CONSTRAINT "FK_6c563cbecc8a7f5a99590cea571" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_read"
            ADD CONSTRAINT "FK_d6a29e6f849533bae4501b2cbbc" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_erasure"
            ADD CONSTRAINT "FK_52fa74f71d41a58a764dd086f47" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement"
            ADD CONSTRAINT "FK_1b829dbc79989e2fdac8efeb80b" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement"
            ADD CONSTRAINT "FK_c4355dabbc124e54cdaba69882b" FOREIGN KEY ("opportunity_id") REFERENCES "opportunity"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_transition"
            ADD CONSTRAINT "FK_75ff668726d97ec0fd864ebd719" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity"
            ADD CONSTRAINT "FK_9d58f4e90136889c46abdd0cd20" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity"
            ADD CONSTRAINT "FK_70f7965c629af1b00c61d811b59" FOREIGN KEY ("business_id") REFERENCES "business"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity"
            ADD CONSTRAINT "FK_29816da4c4529512ef43ac7c55b" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "social_enterprise_participation"
            ADD CONSTRAINT "FK_1bfaae5c7664b30f6e24f351c19" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "social_return_credit"
            ADD CONSTRAINT "FK_bf74ff0e2439bdee389d9b76efe" FOREIGN KEY ("placement_id") REFERENCES "placement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        // Reference data production needs: plausible default values of a placement towards social return
        // (euro cents), per target group and minimum duration in months, marked as defaults until a
        // municipality sets its own.
        await queryRunner.query(`
            INSERT INTO "social_return_rate" ("target_group", "min_months", "value", "is_default")
            SELECT (r->>0)::social_return_rate_target_group, (r->>1)::smallint, (r->>2)::bigint, true
              FROM jsonb_array_elements($1::jsonb) r
        `, [JSON.stringify(DEFAULT_RATES)]);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "social_return_credit" DROP CONSTRAINT "FK_bf74ff0e2439bdee389d9b76efe"
        `);
        await queryRunner.query(`
            ALTER TABLE "social_enterprise_participation" DROP CONSTRAINT "FK_1bfaae5c7664b30f6e24f351c19"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity" DROP CONSTRAINT "FK_29816da4c4529512ef43ac7c55b"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity" DROP CONSTRAINT "FK_70f7965c629af1b00c61d811b59"
        `);
        await queryRunner.query(`
            ALTER TABLE "opportunity" DROP CONSTRAINT "FK_9d58f4e90136889c46abdd0cd20"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement_transition" DROP CONSTRAINT "FK_75ff668726d97ec0fd864ebd719"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement" DROP CONSTRAINT "FK_c4355dabbc124e54cdaba69882b"
        `);
        await queryRunner.query(`
            ALTER TABLE "placement" DROP CONSTRAINT "FK_1b829dbc79989e2fdac8efeb80b"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_erasure" DROP CONSTRAINT "FK_52fa74f71d41a58a764dd086f47"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate_read" DROP CONSTRAINT "FK_d6a29e6f849533bae4501b2cbbc"
        `);
        await queryRunner.query(`
            ALTER TABLE "candidate" DROP CONSTRAINT "FK_6c563cbecc8a7f5a99590cea571"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_bf74ff0e2439bdee389d9b76ef"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_3fff2d43ed6569128621d05484"
        `);
        await queryRunner.query(`
            DROP TABLE "social_return_credit"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_9142e5b097956717ee78b23149"
        `);
        await queryRunner.query(`
            DROP TABLE "social_return_rate"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."social_return_rate_target_group"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_1bfaae5c7664b30f6e24f351c1"
        `);
        await queryRunner.query(`
            DROP TABLE "social_enterprise_participation"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."social_enterprise_participation_status"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e611229aaae6ba2a0f66d3a67d"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_db7ea1640b21f3c918b647ea38"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_29816da4c4529512ef43ac7c55"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_70f7965c629af1b00c61d811b5"
        `);
        await queryRunner.query(`
            DROP TABLE "opportunity"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."opportunity_poster_kind"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."opportunity_status"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."opportunity_target_group"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."opportunity_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fa8bc9cc2c4710f9cca80a9e80"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ab5067843b031e88bf65add865"
        `);
        await queryRunner.query(`
            DROP TABLE "placement_transition"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."placement_transition_to"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."placement_transition_from"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e9fb265528b282ca7725a8f3b9"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_7fc37efc03554fabc0669fe6a3"
        `);
        await queryRunner.query(`
            DROP TABLE "placement"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."placement_stage"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_52fa74f71d41a58a764dd086f4"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_erasure"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_d05dfc4bfe129d860f9aba1c3a"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate_read"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2665d5b9b4c06b1ca7a792d4a3"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6c563cbecc8a7f5a99590cea57"
        `);
        await queryRunner.query(`
            DROP TABLE "candidate"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."candidate_target_group"
        `);
    }

}
