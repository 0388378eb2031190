import { MigrationInterface, QueryRunner } from "typeorm";

export class AddApiKeyFeedToken1795779449187 implements MigrationInterface {
    name = 'AddApiKeyFeedToken1795779449187'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Calendar feed tokens of API keys (hashed like the key). Keys made before get a feed URL from
        // rotateApiKeyFeedToken; until then they have none.
        await queryRunner.query(`
            ALTER TABLE "api_key"
            ADD "feed_token_hash" character(64)
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_974bc280019ca0c137bf59184c" ON "api_key" ("feed_token_hash")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IDX_974bc280019ca0c137bf59184c"
        `);
        await queryRunner.query(`
            ALTER TABLE "api_key" DROP COLUMN "feed_token_hash"
        `);
    }

}
