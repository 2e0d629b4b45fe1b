import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { parseDiscordEnv } from '../adapters/discord/discord-env.js';
import { startDiscordClient } from '../adapters/discord/start-discord.js';
import { createAdvisor, type Advisor } from '../src/advisor.js';
import type { Reply } from '../src/reply.js';
import { loadKnowledge } from '../src/knowledge/load-knowledge.js';
import { MemoryStore } from '../src/store/memory-store.js';
import { messagePayload, newGuild, newUser } from '../test/fakes/discord-payloads.js';
import type { SentMessage } from '../test/fakes/discord-rest-call.js';
import { snowflake } from '../test/fakes/discord-snowflake.js';
import { startFakeDiscord } from '../test/fakes/fake-discord.js';

/**
 * `npm run bench:discord [-- --duration 30 --rate 200 --global-rps 1000 --users 500 --stub-core]`: a steady stream of guild mentions and
 * DMs into the real adapter (real discord.js) over the fake Discord on 127.0.0.1; reports messages/s,
 * MESSAGE_CREATE→POST latency p50/p99, lost and duplicate replies. One process holds the fake and the bot.
 */
const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '30' },
    rate: { type: 'string', default: '200' },
    'global-rps': { type: 'string', default: '1000' },
    users: { type: 'string', default: '500' },
    /** Replace the core by an instant fixed answer, to measure the adapter alone. */
    'stub-core': { type: 'boolean', default: false },
  },
});
const durationMs = Math.min(Number(values.duration), 600) * 1000;
const rate = Math.min(Number(values.rate), 5000);
const globalRps = Number(values['global-rps']);
const knowledgeDir = process.env.KNOWLEDGE_DIR ?? fileURLToPath(new URL('../../knowledge', import.meta.url));

const stubReply: Reply = {
  outcome: 'fallback', painPoint: null, entryId: null, confidence: 0, title: 'Stub', body: 'A fixed answer.',
  sources: [], actions: [{ id: 'menu', label: 'Menu' }], feedback: false,
};

const quantile = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

async function main(): Promise<void> {
  const logger = pino({ level: 'silent' });
  const knowledge = await loadKnowledge(knowledgeDir);
  const questions = knowledge.entries.flatMap((e) => e.examples);
  const store = new MemoryStore();
  const real = createAdvisor({ knowledge, store, logger });
  const advisor: Advisor = values['stub-core'] ? { ...real, handle: async () => stubReply } : real;
  const fake = await startFakeDiscord({ guilds: [newGuild('Bench A'), newGuild('Bench B'), newGuild('Bench C'), newGuild('Bench D')] });
  const env = parseDiscordEnv(fake.env);
  const discord = await startDiscordClient({ env, advisor, store, logger, rest: { globalRequestsPerSecond: globalRps } });
  const users = Array.from({ length: Number(values.users) }, (_, i) => ({ ...newUser(`user-${i}`), dm: snowflake() }));

  const sentAt = new Map<string, number>();
  let n = 0;
  const t0 = performance.now();
  await new Promise<void>((resolve) => {
    const tick = setInterval(() => {
      const elapsed = performance.now() - t0;
      if (elapsed >= durationMs) return clearInterval(tick), resolve();
      for (; n < (elapsed / 1000) * rate; n += 1) {
        const user = users[n % users.length]!;
        const guild = fake.guilds[n % fake.guilds.length]!;
        const text = questions[n % questions.length] ?? 'hello';
        const inGuild = n % 2 === 0;
        const d = inGuild
          ? messagePayload({ author: user, content: `<@${fake.bot.id}> ${text}`, channelId: guild.channelId, guildId: guild.id, mentions: [fake.bot] })
          : messagePayload({ author: user, content: text, channelId: user.dm });
        sentAt.set(d.id, performance.now());
        fake.dispatch('MESSAGE_CREATE', d, inGuild ? guild.id : undefined);
      }
    }, 2);
  });
  const sendSeconds = (performance.now() - t0) / 1000;
  const drainUntil = performance.now() + 10_000;
  const answered = (): number => new Set(fake.calls.flatMap((c) => (c.status === 200 ? [(c.body as SentMessage | undefined)?.message_reference?.message_id] : []))).size;
  while (answered() < sentAt.size && performance.now() < drainUntil) await new Promise((r) => setTimeout(r, 50));

  const replies = new Map<string, number[]>();
  for (const call of fake.calls) {
    const ref = (call.body as SentMessage | undefined)?.message_reference?.message_id;
    if (call.method === 'POST' && call.status === 200 && ref && sentAt.has(ref)) replies.set(ref, [...(replies.get(ref) ?? []), call.at]);
  }
  const latencies = [...replies].map(([id, ats]) => ats[0]! - sentAt.get(id)!).sort((a, b) => a - b);
  const lastReply = Math.max(...[...replies.values()].map((a) => a[0]!));
  const result = {
    durationS: Number(sendSeconds.toFixed(1)), targetRate: rate, sent: sentAt.size,
    sentPerS: Number((sentAt.size / sendSeconds).toFixed(1)),
    repliedPerS: Number((replies.size / ((lastReply - t0) / 1000)).toFixed(1)),
    p50Ms: Number(quantile(latencies, 0.5).toFixed(1)), p99Ms: Number(quantile(latencies, 0.99).toFixed(1)),
    maxMs: Number((latencies.at(-1) ?? NaN).toFixed(1)),
    lost: sentAt.size - replies.size, duplicates: [...replies.values()].filter((a) => a.length > 1).length,
    rateLimited429: fake.calls.filter((c) => c.status === 429).length, restGlobalPerS: globalRps,
    core: values['stub-core'] ? 'stub' : 'real',
  };
  await discord.stop();
  await store.close();
  await fake.close();
  process.stdout.write(
    `discord bench: ${result.sent} messages in ${result.durationS}s (${result.sentPerS}/s sent, ${result.repliedPerS}/s replied), ` +
      `MESSAGE_CREATE→POST p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, max ${result.maxMs} ms, ` +
      `lost ${result.lost}, duplicates ${result.duplicates} (REST global limit ${globalRps}/s${values['stub-core'] ? ', stub core' : ''})\n${JSON.stringify(result)}\n`,
  );
  const ok = result.sentPerS >= rate * 0.97 && result.p99Ms <= 100 && result.lost === 0 && result.duplicates === 0;
  process.stdout.write(ok ? 'target met\n' : 'target NOT met (200 msg/s, p99 ≤ 100 ms, 0 lost, 0 duplicates)\n');
}

await main();
