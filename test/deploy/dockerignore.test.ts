import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isIgnored } from './dockerignore-match.js';
import { repoRoot } from './parse-dockerfile.js';

const rules = readFileSync(path.join(repoRoot, '.dockerignore'), 'utf8').split(/\r?\n/);

describe('.dockerignore', () => {
  it.each([
    '.env',
    '.env.production',
    'adapters/.env',
    'secrets/slack-bot-token.txt',
    'deploy/secrets/pg-password',
    'tls/server.key',
    'server.pem',
    '.npmrc',
    'data/ml-advisor.db',
    'ml-advisor.db-wal',
    'node_modules/pino/package.json',
    'dist/adapters/cli/main.js',
    '.git/config',
    'coverage/index.html',
  ])('GIVEN %s THEN keeps it out of the build context', (file) => {
    expect(isIgnored(rules, file)).toBe(true);
  });

  it.each([
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'src/advisor.ts',
    'adapters/ops/healthcheck.ts',
    'adapters/store/migrations/migration.ts',
    'knowledge/pain-points.yaml',
    'test/fakes/test-advisor.ts',
    '.env.example',
  ])('GIVEN %s THEN the build can use it', (file) => {
    expect(isIgnored(rules, file)).toBe(false);
  });

  it('GIVEN the matcher THEN follows Docker rules the checks above rely on', () => {
    expect(isIgnored(['*.db'], 'a/b.db')).toBe(false);
    expect(isIgnored(['**/*.db'], 'a/b.db')).toBe(true);
    expect(isIgnored(['data/', '!data/keep'], 'data/keep')).toBe(false);
    expect(isIgnored(['.env*', '!.env.example'], '.env.local')).toBe(true);
    expect(isIgnored(['**/.env'], '.env')).toBe(true);
    expect(isIgnored(['**/.env'], 'a/b/.env')).toBe(true);
    expect(isIgnored(['**/.env'], 'a/.envrc')).toBe(false);
  });
});
