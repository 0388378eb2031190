import { MigrationInterface, QueryRunner } from "typeorm";

export class AddPolitics1795787754042 implements MigrationInterface {
    name = 'AddPolitics1795787754042'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "agenda_point" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "election_id" uuid NOT NULL,
                "title" character varying(200) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "theme" character varying(100) NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "PK_183bb43ef44c428861e72ed8d68" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_ca2ca3f53d8332c869569694dc" ON "agenda_point" ("election_id", "position")
        `);
        await queryRunner.query(`
            CREATE TABLE "alderman_term" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "person_id" uuid NOT NULL,
                "municipality_id" uuid NOT NULL,
                "party_id" uuid,
                "portfolio" character varying(300) NOT NULL,
                "since" date NOT NULL,
                "until" date,
                CONSTRAINT "CHK_d2667b9c2ac18185daca6127ba" CHECK (
                    "until" IS NULL
                    OR "until" >= "since"
                ),
                CONSTRAINT "PK_47a233389a14346a45ecbd82c3b" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_776a8018ed730fe23979ccc449" ON "alderman_term" ("person_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_a716513ce2901b6ebd13370d32" ON "alderman_term" ("party_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_82e9704de9f9984ec8d1f74de6" ON "alderman_term" ("municipality_id", "since")
        `);
        await queryRunner.query(`
            CREATE TABLE "coalition_agreement" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "title" character varying(300) NOT NULL,
                "since" date NOT NULL,
                "until" date,
                "signed_on" date NOT NULL,
                "url" character varying(500),
                CONSTRAINT "CHK_f439c2c673cf9cfca64df45978" CHECK (
                    "until" IS NULL
                    OR "until" >= "since"
                ),
                CONSTRAINT "PK_de95f074174586e853e0b9d6d38" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_408ed6e88f73062b5d117b6c36" ON "coalition_agreement" ("municipality_id", "since")
        `);
        await queryRunner.query(`
            CREATE TABLE "coalition_party" (
                "agreement_id" uuid NOT NULL,
                "party_id" uuid NOT NULL,
                CONSTRAINT "PK_a20bc4687753d925d5393c6b351" PRIMARY KEY ("agreement_id", "party_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_99129cedb93b375c9626f76e73" ON "coalition_party" ("party_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "coalition_agenda_point" (
                "agreement_id" uuid NOT NULL,
                "agenda_point_id" uuid NOT NULL,
                CONSTRAINT "PK_35744cd240b38150125af88a3b6" PRIMARY KEY ("agreement_id", "agenda_point_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4435ed7a835f1f1a58af61c81d" ON "coalition_agenda_point" ("agenda_point_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."commitment_stage" AS ENUM(
                'PROMISED',
                'IN_PARTY_PROGRAMME',
                'IN_COALITION_AGREEMENT',
                'IMPLEMENTED',
                'DROPPED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "commitment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "party_id" uuid NOT NULL,
                "agenda_point_id" uuid NOT NULL,
                "stage" "public"."commitment_stage" NOT NULL,
                "stage_since" date NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7a0899978d100f72269b3045d7e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_6726611c6cfb2f0c54332c2d51" ON "commitment" ("agenda_point_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_e95d7e7302dec76f40123b339a" ON "commitment" ("party_id", "agenda_point_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."commitment_change_from_stage" AS ENUM(
                'PROMISED',
                'IN_PARTY_PROGRAMME',
                'IN_COALITION_AGREEMENT',
                'IMPLEMENTED',
                'DROPPED'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."commitment_change_to_stage" AS ENUM(
                'PROMISED',
                'IN_PARTY_PROGRAMME',
                'IN_COALITION_AGREEMENT',
                'IMPLEMENTED',
                'DROPPED'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "commitment_change" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "commitment_id" uuid NOT NULL,
                "from_stage" "public"."commitment_change_from_stage",
                "to_stage" "public"."commitment_change_to_stage" NOT NULL,
                "changed_on" date NOT NULL,
                "evidence_quote" text,
                "evidence_url" character varying(500),
                "evidence_document" character varying(300),
                "actor_subject" character varying(200) NOT NULL,
                "actor_name" character varying(200) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_dbd103e825db6bf3da44da8a35d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_55293716c6234bd8cd4312afaf" ON "commitment_change" ("commitment_id", "changed_on")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."election_kind" AS ENUM(
                'MUNICIPAL',
                'PROVINCIAL',
                'NATIONAL',
                'EUROPEAN'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "election" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "date" date NOT NULL,
                "kind" "public"."election_kind" NOT NULL,
                "municipality_id" uuid,
                CONSTRAINT "PK_17467b9ade12257d01912737bdb" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4acca0643430f1d37526340249" ON "election" ("municipality_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_fe601bfc00f643ad1341b40691" ON "election" ("date", "kind")
        `);
        await queryRunner.query(`
            CREATE TABLE "election_result" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "election_id" uuid NOT NULL,
                "party_id" uuid NOT NULL,
                "seats" smallint NOT NULL,
                CONSTRAINT "UQ_50c84f74a2d18c316000ef8ecab" UNIQUE ("election_id", "party_id"),
                CONSTRAINT "CHK_21ea7a48fee505e285afaed044" CHECK ("seats" >= 0),
                CONSTRAINT "PK_753e7cbaa708ba039ecad9275cd" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_e7a81597deeb473a54d460e6c6" ON "election_result" ("party_id")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."party_scope" AS ENUM('LOCAL', 'NATIONAL')
        `);
        await queryRunner.query(`
            CREATE TABLE "party" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "municipality_id" uuid NOT NULL,
                "name" character varying(200) NOT NULL,
                "abbreviation" character varying(30) NOT NULL,
                "scope" "public"."party_scope" NOT NULL,
                CONSTRAINT "PK_e6189b3d533e140bb33a6d2cec1" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_31a6f68418c3f3a086095aa631" ON "party" ("municipality_id", "name")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."outreach_channel" AS ENUM('LETTER', 'MEETING', 'EMAIL', 'DEBATE')
        `);
        await queryRunner.query(`
            CREATE TABLE "outreach" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "party_id" uuid NOT NULL,
                "election_id" uuid NOT NULL,
                "contacted_on" date NOT NULL,
                "channel" "public"."outreach_channel" NOT NULL,
                "board_member_id" uuid NOT NULL,
                "notes" text NOT NULL DEFAULT '',
                "recorded_by" character varying(200) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_4aac4875bf6f25c18b43b16692f" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_4615547492566e305be8f8dd9b" ON "outreach" ("election_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_518ad1cae529408053c542b8fe" ON "outreach" ("board_member_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_8da062ba92e4c29df0ac3f9400" ON "outreach" ("party_id", "contacted_on")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."response_sentiment" AS ENUM(
                'ENTHUSIASTIC',
                'POSITIVE',
                'NEUTRAL',
                'NEGATIVE',
                'NO_RESPONSE'
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "party_response" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "outreach_id" uuid NOT NULL,
                "sentiment" "public"."response_sentiment" NOT NULL,
                "summary" text NOT NULL DEFAULT '',
                "responded_on" date NOT NULL,
                "recorded_by" character varying(200) NOT NULL,
                "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_d46f6cdbf4c3871ce54e8a11fef" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_133b15bc58750a4623feae400d" ON "party_response" ("outreach_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_point"
            ADD CONSTRAINT "FK_4cce2a04539eb0c647bc6f8066a" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alderman_term"
            ADD CONSTRAINT "FK_776a8018ed730fe23979ccc4499" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alderman_term"
            ADD CONSTRAINT "FK_77d762231e212ed859ff9dbc406" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "alderman_term"
            ADD CONSTRAINT "FK_a716513ce2901b6ebd13370d321" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_agreement"
            ADD CONSTRAINT "FK_734cd6609cbf534163201abcb57" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_party"
            ADD CONSTRAINT "FK_aa4b236fe9124df49ad5ad7b914" FOREIGN KEY ("agreement_id") REFERENCES "coalition_agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_party"
            ADD CONSTRAINT "FK_99129cedb93b375c9626f76e737" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_agenda_point"
            ADD CONSTRAINT "FK_7653a8d57efc81f8c048af8f069" FOREIGN KEY ("agreement_id") REFERENCES "coalition_agreement"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_agenda_point"
            ADD CONSTRAINT "FK_4435ed7a835f1f1a58af61c81d6" FOREIGN KEY ("agenda_point_id") REFERENCES "agenda_point"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment"
            ADD CONSTRAINT "FK_3e9e95be599c6c4b1fb939027f3" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment"
            ADD CONSTRAINT "FK_6726611c6cfb2f0c54332c2d516" FOREIGN KEY ("agenda_point_id") REFERENCES "agenda_point"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment_change"
            ADD CONSTRAINT "FK_6b80ba25ca7ef77303189225f21" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "election"
            ADD CONSTRAINT "FK_4acca0643430f1d37526340249e" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "election_result"
            ADD CONSTRAINT "FK_446d11bc828abd3f713f1d53caf" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "election_result"
            ADD CONSTRAINT "FK_e7a81597deeb473a54d460e6c67" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "party"
            ADD CONSTRAINT "FK_7b810f70b106b168250493b62d0" FOREIGN KEY ("municipality_id") REFERENCES "municipality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach"
            ADD CONSTRAINT "FK_d085c218c1516dc600304183145" FOREIGN KEY ("party_id") REFERENCES "party"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach"
            ADD CONSTRAINT "FK_4615547492566e305be8f8dd9be" FOREIGN KEY ("election_id") REFERENCES "election"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach"
            ADD CONSTRAINT "FK_518ad1cae529408053c542b8fea" FOREIGN KEY ("board_member_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "party_response"
            ADD CONSTRAINT "FK_133b15bc58750a4623feae400d2" FOREIGN KEY ("outreach_id") REFERENCES "outreach"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "party_response" DROP CONSTRAINT "FK_133b15bc58750a4623feae400d2"
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach" DROP CONSTRAINT "FK_518ad1cae529408053c542b8fea"
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach" DROP CONSTRAINT "FK_4615547492566e305be8f8dd9be"
        `);
        await queryRunner.query(`
            ALTER TABLE "outreach" DROP CONSTRAINT "FK_d085c218c1516dc600304183145"
        `);
        await queryRunner.query(`
            ALTER TABLE "party" DROP CONSTRAINT "FK_7b810f70b106b168250493b62d0"
        `);
        await queryRunner.query(`
            ALTER TABLE "election_result" DROP CONSTRAINT "FK_e7a81597deeb473a54d460e6c67"
        `);
        await queryRunner.query(`
            ALTER TABLE "election_result" DROP CONSTRAINT "FK_446d11bc828abd3f713f1d53caf"
        `);
        await queryRunner.query(`
            ALTER TABLE "election" DROP CONSTRAINT "FK_4acca0643430f1d37526340249e"
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment_change" DROP CONSTRAINT "FK_6b80ba25ca7ef77303189225f21"
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment" DROP CONSTRAINT "FK_6726611c6cfb2f0c54332c2d516"
        `);
        await queryRunner.query(`
            ALTER TABLE "commitment" DROP CONSTRAINT "FK_3e9e95be599c6c4b1fb939027f3"
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_agenda_point" DROP CONSTRAINT "FK_4435ed7a835f1f1a58af61c81d6"
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_agenda_point" DROP CONSTRAINT "FK_7653a8d57efc81f8c048af8f069"
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_party" DROP CONSTRAINT "FK_99129cedb93b375c9626f76e737"
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_party" DROP CONSTRAINT "FK_aa4b236fe9124df49ad5ad7b914"
        `);
        await queryRunner.query(`
            ALTER TABLE "coalition_agreement" DROP CONSTRAINT "FK_734cd6609cbf534163201abcb57"
        `);
        await queryRunner.query(`
            ALTER TABLE "alderman_term" DROP CONSTRAINT "FK_a716513ce2901b6ebd13370d321"
        `);
        await queryRunner.query(`
            ALTER TABLE "alderman_term" DROP CONSTRAINT "FK_77d762231e212ed859ff9dbc406"
        `);
        await queryRunner.query(`
            ALTER TABLE "alderman_term" DROP CONSTRAINT "FK_776a8018ed730fe23979ccc4499"
        `);
        await queryRunner.query(`
            ALTER TABLE "agenda_point" DROP CONSTRAINT "FK_4cce2a04539eb0c647bc6f8066a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_133b15bc58750a4623feae400d"
        `);
        await queryRunner.query(`
            DROP TABLE "party_response"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."response_sentiment"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_8da062ba92e4c29df0ac3f9400"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_518ad1cae529408053c542b8fe"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4615547492566e305be8f8dd9b"
        `);
        await queryRunner.query(`
            DROP TABLE "outreach"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."outreach_channel"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_31a6f68418c3f3a086095aa631"
        `);
        await queryRunner.query(`
            DROP TABLE "party"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."party_scope"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e7a81597deeb473a54d460e6c6"
        `);
        await queryRunner.query(`
            DROP TABLE "election_result"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_fe601bfc00f643ad1341b40691"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4acca0643430f1d37526340249"
        `);
        await queryRunner.query(`
            DROP TABLE "election"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."election_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_55293716c6234bd8cd4312afaf"
        `);
        await queryRunner.query(`
            DROP TABLE "commitment_change"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."commitment_change_to_stage"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."commitment_change_from_stage"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_e95d7e7302dec76f40123b339a"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_6726611c6cfb2f0c54332c2d51"
        `);
        await queryRunner.query(`
            DROP TABLE "commitment"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."commitment_stage"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_4435ed7a835f1f1a58af61c81d"
        `);
        await queryRunner.query(`
            DROP TABLE "coalition_agenda_point"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_99129cedb93b375c9626f76e73"
        `);
        await queryRunner.query(`
            DROP TABLE "coalition_party"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_408ed6e88f73062b5d117b6c36"
        `);
        await queryRunner.query(`
            DROP TABLE "coalition_agreement"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_82e9704de9f9984ec8d1f74de6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_a716513ce2901b6ebd13370d32"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_776a8018ed730fe23979ccc449"
        `);
        await queryRunner.query(`
            DROP TABLE "alderman_term"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_ca2ca3f53d8332c869569694dc"
        `);
        await queryRunner.query(`
            DROP TABLE "agenda_point"
        `);
    }

}
