import { runMigrations } from "graphile-worker";
import { Pool } from "pg";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The job queue of the notification outbox: graphile-worker's own schema (`graphile_worker`), installed by
 * graphile-worker's own migrations so that its later versions can migrate it further (each worker does so
 * on start). Outside a transaction: graphile-worker runs each of its migrations in one of its own, on a
 * connection of its own to the same database.
 */
export class InstallJobQueue1796555324831 implements MigrationInterface {
    name = 'InstallJobQueue1796555324831'
    transaction = false as const

    private pool(queryRunner: QueryRunner): Pool {
        const options = queryRunner.connection.options as { url?: string; host?: string; port?: number; username?: string; password?: string; database?: string };
        return new Pool(
            options.url
                ? { connectionString: options.url, max: 1 }
                : { host: options.host, port: options.port, user: options.username, password: options.password, database: options.database, max: 1 },
        );
    }

    public async up(queryRunner: QueryRunner): Promise<void> {
        const pgPool = this.pool(queryRunner);
        // A lost connection fails the migration through its query; the handlers keep it from ending the process.
        pgPool.on("error", () => {});
        pgPool.on("connect", (client) => client.on("error", () => {}));
        try {
            await runMigrations({ pgPool, logger: undefined });
        } finally {
            await pgPool.end();
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP SCHEMA IF EXISTS graphile_worker CASCADE`);
    }
}
