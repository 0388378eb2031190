import { MigrationInterface, QueryRunner } from "typeorm";

export class AddNotificationAddressBook1796558248031 implements MigrationInterface {
    name = 'AddNotificationAddressBook1796558248031'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "notification_address" (
                "subject" character varying(200) NOT NULL,
                "email" character varying(254) NOT NULL,
                "updated_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ee9c9d6f9a5fa5a9c4eedd3976a" PRIMARY KEY ("subject")
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "notification_address"
        `);
    }

}
