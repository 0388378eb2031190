import { MigrationInterface, QueryRunner } from "typeorm";

export class AddWorkerInstances1796559136910 implements MigrationInterface {
    name = 'AddWorkerInstances1796559136910'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "worker_instance" (
                "worker_id" character varying(100) NOT NULL,
                "instance" uuid NOT NULL,
                "started_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f0b4e09b337b16f40426b22ea7b" PRIMARY KEY ("worker_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_b3f7acada264f7b906419595c1" ON "worker_instance" ("instance")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_b3f7acada264f7b906419595c1"
        `);
        await queryRunner.query(`
            DROP TABLE "worker_instance"
        `);
    }

}
