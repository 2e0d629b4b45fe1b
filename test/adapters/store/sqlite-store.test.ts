import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../adapters/store/sqlite-store.js';
import { silentLogger } from '../../fakes/test-advisor.js';
import { durableStoreContract } from './durable-store-contract.js';
import { inboundItem } from './inbox-contract.js';
import { storeContract } from './store-contract.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-store-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshPath = () => path.join(dir, `nested/db-${++n}.db`);

storeContract('sqlite', async () => SqliteStore.open({ path: freshPath(), logger: silentLogger() }));

durableStoreContract('sqlite', () => {
  const file = freshPath();
  return async (options) => SqliteStore.open({ path: file, logger: silentLogger(), ...options });
});

describe('sqlite file', () => {
  it('GIVEN LOG_QUESTIONS off THEN an inbox record keeps its text while pending and drops it once done', async () => {
    const file = freshPath();
    const store = SqliteStore.open({ path: file, logger: silentLogger(), logQuestions: false });
    await store.inbox.recordInbound(inboundItem('k1'), 'a', 0);
    const [pending] = await store.inbox.claimInbound('slack', 'a', 0, 10, 1);
    expect(pending?.message.text).toBe('question k1');
    await store.inbox.finishInbound('k1', 5);
    await store.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT state, text FROM inbox').all()).toEqual([{ state: 'done', text: null }]);
    } finally {
      db.close();
    }
  });

  it('GIVEN a new path THEN the folder is created, WAL is on and migrations are recorded once', async () => {
    const file = freshPath();
    const first = SqliteStore.open({ path: file, logger: silentLogger() });
    await first.close();
    const second = SqliteStore.open({ path: file, logger: silentLogger() });
    await second.close();
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([
        { version: 1, name: 'initial schema' },
        { version: 2, name: 'inbox' },
        { version: 3, name: 'inbox arrivals by time' },
        { version: 4, name: 'channel modes and hand-offs' },
        { version: 5, name: 'learning from use' },
      ]);
    } finally {
      db.close();
    }
  });
});
