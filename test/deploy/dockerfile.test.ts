import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serviceNodeFlags } from '../../bench/lib/service-node-flags.js';
import { execForm, readDockerfile, type Stage } from './parse-dockerfile.js';

const { stages } = readDockerfile();
const runtime = stages.at(-1) as Stage;
const named = (name: string): Stage | undefined => stages.find((stage) => stage.name === name);
const all = (stage: Stage, keyword: string): string[] =>
  stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);

describe('Dockerfile', () => {
  it('GIVEN every stage THEN builds on a supported Node LTS slim image', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toMatch(/^node:(20|22|24)(\.\d+)*-(bookworm|trixie)-slim(@sha256:[0-9a-f]{64})?$/);
  });

  it('GIVEN the build stage THEN installs every dependency and compiles', () => {
    const build = named('build');
    expect(build).toBeDefined();
    const runs = all(build as Stage, 'RUN').join('\n');
    expect(runs).toMatch(/npm ci\b/);
    expect(runs).not.toMatch(/--omit=dev/);
    expect(runs).toMatch(/npm run build/);
  });

  it('GIVEN the runtime stage THEN it gets production dependencies only, with the native SQLite module rebuilt', () => {
    const source = /--from=(\S+)\s+\S*\s*\/app\/node_modules/.exec(all(runtime, 'COPY').join('\n'))?.[1];
    const deps = source ? named(source) : runtime;
    const runs = all(deps as Stage, 'RUN').join('\n');
    expect(runs).toMatch(/npm ci --omit=dev --ignore-scripts/);
    expect(runs).toMatch(/npm rebuild better-sqlite3/);
    expect(all(runtime, 'RUN').join('\n')).not.toMatch(/npm (ci|install)(?!.*--omit=dev)/);
  });

  it('GIVEN the runtime stage THEN copies the compiled code, the knowledge and the package type, and nothing secret', () => {
    const copies = all(runtime, 'COPY').join('\n');
    expect(copies).toMatch(/--from=build\b.*\/app\/dist\s+\.\/dist/);
    expect(copies).toMatch(/\bknowledge\s+\.\/knowledge/);
    expect(copies).toMatch(/\bassets\s+\.\/assets/);
    expect(copies).toMatch(/\bpackage\.json\b/);
    expect(copies).not.toMatch(/\.env\b|\bCOPY \. /);
  });

  it('GIVEN the runtime stage THEN runs in production as the non-root node user', () => {
    expect(all(runtime, 'ENV').join(' ')).toMatch(/\bNODE_ENV=production\b/);
    const users = all(runtime, 'USER');
    expect(users.at(-1)).toBe('node');
    const lastUser = runtime.instructions.map((i) => i.keyword).lastIndexOf('USER');
    expect(runtime.instructions.slice(lastUser).some((i) => i.keyword === 'RUN')).toBe(false);
  });

  it('GIVEN the command THEN Node runs the bundled entry point directly (exec form, not npm), so it gets SIGTERM', () => {
    const [cmd] = all(runtime, 'CMD');
    const [node, ...rest] = execForm(cmd ?? '');
    expect(node).toBe('node');
    expect(rest.slice(-2)).toEqual(['dist/bundle/ml-advisor.js', 'start']);
    expect(all(runtime, 'ENTRYPOINT')).toEqual([]);
  });

  it('GIVEN the command THEN runs Node with the same flags as `npm start` (the ones the benchmarks measure)', () => {
    const [cmd] = all(runtime, 'CMD');
    const flags = serviceNodeFlags(readFileSync('package.json', 'utf8'));
    expect(execForm(cmd ?? '').slice(1, -2)).toEqual(flags);
    expect(flags).toContain('--max-semi-space-size=8');
  });

  it('GIVEN the health check THEN needs no curl: Node runs the compiled probe, within a timeout', () => {
    const [healthcheck] = all(runtime, 'HEALTHCHECK');
    expect(healthcheck).toMatch(/--timeout=\d+s/);
    expect(execForm(healthcheck ?? '')).toEqual(['node', 'dist/adapters/ops/healthcheck.js']);
  });

  it('GIVEN the ports THEN exposes the ops server (and Slack HTTP mode)', () => {
    expect(all(runtime, 'EXPOSE').join(' ').split(' ')).toEqual(expect.arrayContaining(['9090', '3000']));
    expect(all(runtime, 'ENV').join(' ')).toMatch(/\bOPS_HOST=0\.0\.0\.0\b/);
  });
});
