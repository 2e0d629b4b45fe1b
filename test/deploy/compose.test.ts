import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import { inboxEnvSchema } from '../../adapters/config/inbox-env.js';
import { learningEnvSchema } from '../../adapters/config/learning-env.js';
import { opsEnvSchema } from '../../adapters/ops/ops-env.js';
import { envExampleVariables } from './env-example.js';
import { repoRoot } from './parse-dockerfile.js';

const text = readFileSync(path.join(repoRoot, 'compose.yaml'), 'utf8');

const service = z.object({
  build: z.unknown().optional(),
  image: z.string().optional(),
  env_file: z.union([z.string(), z.array(z.union([z.string(), z.object({ path: z.string() })]))]).optional(),
  environment: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])).optional(),
  depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
  volumes: z.array(z.string()).optional(),
  healthcheck: z.object({ test: z.array(z.string()) }).optional(),
  stop_grace_period: z.string().optional(),
  init: z.boolean().optional(),
});
const compose = z
  .object({ services: z.object({ bot: service, db: service }), volumes: z.record(z.string(), z.unknown()) })
  .parse(parse(text));
const { bot, db } = compose.services;

/** `${VAR}`, `${VAR:-default}`, `${VAR:?message}` (but not `$${VAR}`, which compose leaves to the container). */
const interpolated = [...text.matchAll(/(?<!\$)\$\{([A-Z_][A-Z0-9_]*)/g)].map((m) => m[1] as string);

describe('compose.yaml', () => {
  it('GIVEN the bot THEN it is built from this repo and gets its environment from .env', () => {
    expect(bot.build).toBe('.');
    expect([bot.env_file].flat().map((f) => (typeof f === 'string' ? f : f?.path))).toContain('.env');
    expect(bot.init).toBe(true);
  });

  it('GIVEN the bot THEN DATABASE_URL points at the db service and it waits for the db to be healthy', () => {
    expect(String(bot.environment?.DATABASE_URL)).toMatch(/^postgres:\/\/[^@]+@db:5432\//);
    expect(bot.depends_on?.db?.condition).toBe('service_healthy');
  });

  it('GIVEN PostgreSQL THEN it keeps its data in a named volume and reports health with pg_isready', () => {
    expect(db.image).toMatch(/^postgres:\d+/);
    const [volume] = db.volumes ?? [];
    expect(volume).toMatch(/^(\w+):\/var\/lib\/postgresql\/data$/);
    expect(Object.keys(compose.volumes)).toContain(volume?.split(':')[0]);
    expect(db.healthcheck?.test.join(' ')).toMatch(/pg_isready/);
    expect(db.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
  });

  it('GIVEN the shutdown timeout THEN the grace period leaves the bot time to finish', () => {
    const grace = Number(/^(\d+)s$/.exec(bot.stop_grace_period ?? '10s')?.[1]);
    expect(grace * 1000).toBeGreaterThan(opsEnvSchema.parse({}).SHUTDOWN_TIMEOUT_MS);
  });

  it('GIVEN every variable compose passes or interpolates THEN .env.example lists it', () => {
    const listed = envExampleVariables();
    const passed = new Set([...Object.keys(bot.environment ?? {}), ...interpolated]);
    expect(passed.size).toBeGreaterThan(3);
    expect([...passed].filter((name) => !listed.has(name))).toEqual([]);
  });

  it.each([
    ['operations', opsEnvSchema.shape],
    ['inbox', inboxEnvSchema.shape],
    ['learning from use', learningEnvSchema.shape],
  ])('GIVEN the %s settings THEN .env.example lists each of them', (_name, shape) => {
    const listed = envExampleVariables();
    expect(Object.keys(shape).filter((name) => !listed.has(name))).toEqual([]);
  });
});
