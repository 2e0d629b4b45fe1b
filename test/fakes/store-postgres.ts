import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface TestPostgres {
  url: string;
  /** Stops the cluster when this module started one; a no-op for TEST_DATABASE_URL. */
  stop(): Promise<void>;
}

function installedPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!fs.existsSync(base)) return undefined;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin/initdb')));
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? path.join(base, newest, 'bin') : undefined;
}

/**
 * The PostgreSQL the tests use: TEST_DATABASE_URL when set (CI sets it from `.ci/install-postgres.sh`); in CI
 * without it, a loud failure. Elsewhere, a throwaway cluster started with the same script when PostgreSQL is
 * installed, or `undefined` (the caller reports the suite as not run, with the reason).
 */
export function testPostgres(): TestPostgres | undefined {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { url: given, stop: async () => undefined };
  if (process.env.CI === 'true') {
    throw new Error('CI=true but TEST_DATABASE_URL is not set: run eval "$(.ci/install-postgres.sh)" before the tests');
  }
  const bin = installedPostgresBin();
  if (!bin) return undefined;
  const out = execFileSync(path.join(root, '.ci/install-postgres.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const url = /TEST_DATABASE_URL=(\S+)/.exec(out)?.[1];
  const dir = /PG_TEST_DIR=(\S+)/.exec(out)?.[1];
  if (!url || !dir) throw new Error(`install-postgres.sh printed no URL: ${out}`);
  return {
    url,
    stop: async () => {
      const asOwner = process.getuid?.() === 0 ? ['runuser', '-u', 'postgres', '--'] : [];
      const [cmd, ...args] = [...asOwner, path.join(bin, 'pg_ctl'), '-D', path.join(dir, 'data'), '-m', 'immediate', 'stop'];
      execFileSync(cmd as string, args, { stdio: 'ignore' });
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh schema name so that test files sharing one database never see each other's rows. */
export function freshSchema(prefix = 't'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
