// One bot replica as its own process, for the multi-replica and SIGKILL tests: the real Slack adapter in HTTP
// mode against a fake Slack, the real core over the shipped knowledge, and a durable store. Prints `port <n>`
// when listening; stops cleanly on SIGTERM. Config from the environment:
//   REPLICA_SLACK_API_URL, REPLICA_SIGNING_SECRET, REPLICA_DATABASE_URL (+ REPLICA_SCHEMA) or REPLICA_SQLITE_PATH,
//   REPLICA_RATE_LIMIT (questions a minute, default 20), REPLICA_HASH_KEY, REPLICA_FAST_INBOX=1 (3 s leases, 200 ms polls).
import { pino } from 'pino';
import { startSlack } from '../../adapters/slack/start-slack.js';
import { slackEnvSchema } from '../../adapters/slack/slack-env.js';
import { PostgresStore } from '../../adapters/store/postgres-store.js';
import { SqliteStore } from '../../adapters/store/sqlite-store.js';
import { createAdvisor } from '../../src/advisor.js';
import { defaultInboxSettings } from '../../src/inbox/inbox-settings.js';
import type { Store } from '../../src/store/store.js';
import { sharedIndex } from './test-advisor.js';

const env = process.env;
const logger = pino({ level: env.REPLICA_LOG_LEVEL ?? 'silent' }, pino.destination(2));

async function openStore(): Promise<Store> {
  if (env.REPLICA_DATABASE_URL) return PostgresStore.open({ url: env.REPLICA_DATABASE_URL, schema: env.REPLICA_SCHEMA, logger });
  return SqliteStore.open({ path: env.REPLICA_SQLITE_PATH ?? 'replica.db', logger });
}

const store = await openStore();
const index = await sharedIndex();
const advisor = createAdvisor({
  knowledge: index.knowledge,
  index,
  store,
  logger,
  settings: {
    rateLimit: { limit: Number(env.REPLICA_RATE_LIMIT ?? 20), windowMs: 60_000 },
    ...(env.REPLICA_HASH_KEY ? { userHashKey: env.REPLICA_HASH_KEY } : {}),
  },
});
const slack = await startSlack({
  env: slackEnvSchema.parse({
    SLACK_BOT_TOKEN: 'xoxb-replica-token',
    SLACK_SIGNING_SECRET: env.REPLICA_SIGNING_SECRET,
    SLACK_API_URL: env.REPLICA_SLACK_API_URL,
    PORT: '0',
  }),
  advisor,
  store,
  logger,
  host: '127.0.0.1',
  retryConfig: { retries: 2, minTimeout: 10, maxTimeout: 50, factor: 1 },
  ...(env.REPLICA_FAST_INBOX
    ? { inbox: { ...defaultInboxSettings, leaseMs: 3_000, pollMs: 200, retry: { minMs: 100, maxMs: 400 } } }
    : {}),
});
process.stdout.write(`port ${slack.port ?? 0}\n`);

process.once('SIGTERM', () => {
  void (async () => {
    await slack.stop();
    await store.close();
    process.exit(0);
  })();
});
