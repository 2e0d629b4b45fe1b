import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GroupCommit } from '../../../adapters/store/group-commit.js';

describe('GroupCommit', () => {
  let dir: string;
  let db: Database.Database;
  let reader: Database.Database;
  let group: GroupCommit;
  const insert = (k: string) => () => db.prepare('INSERT INTO t (k) VALUES (?) RETURNING k').get(k) as { k: string };
  const keys = () => (reader.prepare('SELECT k FROM t ORDER BY k').all() as { k: string }[]).map((r) => r.k);

  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'group-commit-'));
    db = new Database(path.join(dir, 'g.db'));
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (k TEXT PRIMARY KEY)');
    reader = new Database(path.join(dir, 'g.db'), { readonly: true });
    group = new GroupCommit(db);
  });
  afterEach(() => {
    reader.close();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('GIVEN writes queued in one turn THEN nothing is visible before the commit, then all of them at once, each with its result', async () => {
    const pending = [group.write(insert('a')), group.write(insert('b')), group.write(insert('c'))];
    expect(keys()).toEqual([]);
    expect(await Promise.all(pending)).toEqual([{ k: 'a' }, { k: 'b' }, { k: 'c' }]);
    expect(keys()).toEqual(['a', 'b', 'c']);
  });

  it('GIVEN one write of the group that fails THEN only it is rolled back and only its caller gets the error', async () => {
    await group.write(insert('a'));
    const results = await Promise.allSettled([
      group.write(insert('b')),
      group.write(() => {
        db.prepare('INSERT INTO t (k) VALUES (?)').run('half-done');
        return insert('a')();
      }),
      group.write(insert('c')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/UNIQUE/);
    expect(keys()).toEqual(['a', 'b', 'c']);
  });

  it('GIVEN another connection holding the write lock THEN the whole group fails with the busy error instead of hanging', async () => {
    const other = new Database(path.join(dir, 'g.db'), { timeout: 50 });
    db.pragma('busy_timeout = 50');
    other.prepare('BEGIN IMMEDIATE').run();
    try {
      const results = await Promise.allSettled([group.write(insert('x')), group.write(insert('y'))]);
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
      expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/locked|busy/i);
    } finally {
      other.prepare('ROLLBACK').run();
      other.close();
    }
    await group.write(insert('z'));
    expect(keys()).toEqual(['z']);
  });

  it('GIVEN writes still queued THEN flush commits them now (before a close)', async () => {
    const pending = group.write(insert('late'));
    group.flush();
    expect(keys()).toEqual(['late']);
    expect(await pending).toEqual({ k: 'late' });
  });
});
