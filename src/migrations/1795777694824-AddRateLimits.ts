import { MigrationInterface, QueryRunner } from "typeorm";

export class AddRateLimits1795777694824 implements MigrationInterface {
    name = 'AddRateLimits1795777694824'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "rate_limit" (
                "key" character varying(255) NOT NULL,
                "points" integer NOT NULL DEFAULT '0',
                "expire" bigint,
                CONSTRAINT "PK_e6c0c0608decdf78e4d4b263397" PRIMARY KEY ("key")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "rate_limit"
        `);
    }

}
