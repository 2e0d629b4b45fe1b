// A child process for the durability test: writes feedback as fast as it can with a few clicks in flight, and
// prints `ack <n>` only after the store has committed record n — what the bot does before thanking a user.
// Config from the environment: STORE_SQLITE_PATH, or STORE_DATABASE_URL (+ STORE_SCHEMA).
import { pino } from 'pino';
import { PostgresStore } from '../../adapters/store/postgres-store.js';
import { SqliteStore } from '../../adapters/store/sqlite-store.js';
import type { Store } from '../../src/store/store.js';

const logger = pino({ level: 'silent' });
const limit = 100_000;
const inFlight = 4;

async function open(): Promise<Store> {
  const url = process.env.STORE_DATABASE_URL;
  if (url) return PostgresStore.open({ url, schema: process.env.STORE_SCHEMA, logger });
  return SqliteStore.open({ path: process.env.STORE_SQLITE_PATH ?? 'burst.db', logger });
}

const store = await open();
let next = 0;
process.stdout.write('ready\n');
await Promise.all(
  Array.from({ length: inFlight }, async () => {
    while (next < limit) {
      const n = next++;
      await store.addFeedback({
        entryId: `entry-${n % 7}`, painPoint: 'data', vote: n % 3 === 0 ? 'down' : 'up', comment: `burst-${n}`,
        platform: 'slack', workspaceId: 'T1', userKey: `user-${n % 5}`, at: Date.now(),
      });
      process.stdout.write(`ack ${n}\n`);
    }
  }),
);
await store.close();
