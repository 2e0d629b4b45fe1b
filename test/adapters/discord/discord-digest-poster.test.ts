import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packSections } from '../../../adapters/discord/discord-digest-poster.js';
import type { DigestPoster } from '../../../adapters/digest/digest-poster.js';
import { sampleDigest } from '../../fakes/digest-message.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { defaultEveryonePermissions, newGuild } from '../../fakes/discord-payloads.js';
import type { SentMessage } from '../../fakes/discord-rest-call.js';
import { decodePng } from '../../fakes/png-decode.js';
import { capturingLogger } from '../../fakes/slack-harness.js';

/** View Channel, Send Messages, Read Message History and Attach Files. */
const withAttachFiles = String(BigInt(defaultEveryonePermissions) | (1n << 15n));

describe('the Discord digest', () => {
  let h: DiscordHarness;
  let poster: DigestPoster;
  const logs = capturingLogger();
  const acme = { ...newGuild('Acme'), everyonePermissions: withAttachFiles };
  const bare = newGuild('Bare');
  beforeAll(async () => {
    h = await startDiscordHarness({ guilds: [acme, bare], logger: logs.logger });
    poster = h.discord.digestPoster as DigestPoster;
  });
  afterAll(async () => h.stop());
  const createdIn = (channelId: string) => h.fake.created.filter((m) => m.channelId === channelId);
  const warnings = () => logs.lines.filter((l) => l.level === 40).map((l) => l.msg);

  it('GIVEN Attach Files THEN one message with the chart attached as a PNG that decodes, the text as content, no mention', async () => {
    expect(poster.canPost(acme.channelId)).toBe(true);
    expect(await poster.post(acme.channelId, sampleDigest('discord:2026-11-30T09:00'))).toBe('image');
    const [message] = createdIn(acme.channelId);
    expect(createdIn(acme.channelId)).toHaveLength(1);
    const body = message?.body as SentMessage & { attachments?: unknown[] };
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(body.attachments).toEqual([expect.objectContaining({ id: 0, filename: 'ml-advisor-digest.png' })]);
    expect(message?.files).toHaveLength(1);
    expect(message?.files?.[0]).toMatchObject({ filename: 'ml-advisor-digest.png', contentType: 'image/png' });
    expect(decodePng(message?.files?.[0]?.data ?? Buffer.alloc(0))).toMatchObject({ width: 960, height: 480 });
    expect(message?.nonce).toMatch(/^[0-9a-f]{25}$/);
    const content = body.content ?? '';
    expect(content).toContain('**ML Advisor digest**: 2026-11-23 09:00 → 2026-11-30 09:00 (UTC)');
    expect(content).toContain('@\u200beveryone');
    expect(content).toContain('\\<!channel\\> how do we label \\*images\\* cheaply?');
    expect(content).not.toContain('█');
    expect(warnings()).toEqual([]);
  });

  it('GIVEN no Attach Files permission THEN the digest comes as text with text bars, and a warning', async () => {
    expect(await poster.post(bare.channelId, sampleDigest('discord:2026-11-30T09:00'))).toBe('text');
    const messages = createdIn(bare.channelId);
    expect(messages.length).toBeGreaterThanOrEqual(1);
    expect(messages.every((m) => !m.files && (m.body as SentMessage).allowed_mentions?.parse?.length === 0)).toBe(true);
    expect(messages.map((m) => (m.body as SentMessage).content).join('\n')).toMatch(/```\n[\s\S]*11-23 {2}7 █+[\s\S]*```/);
    expect(warnings()).toContain('no Attach Files permission in the digest channel; posting the digest as text with bars');
  });

  it('GIVEN the permission is taken away after start (the upload is refused, 403) THEN the text with bars instead', async () => {
    acme.everyonePermissions = defaultEveryonePermissions; // the fake refuses files now; the client's cache still allows them
    const before = createdIn(acme.askChannelId).length;
    expect(await poster.post(acme.askChannelId, sampleDigest('discord:2026-12-07T09:00'))).toBe('text');
    const after = createdIn(acme.askChannelId).slice(before);
    expect(after.length).toBeGreaterThanOrEqual(1);
    expect(after.some((m) => m.files)).toBe(false);
    const warning = logs.lines.find((l) => l.msg === 'digest chart not accepted; posting the digest as text with bars');
    expect(warning).toMatchObject({ level: 40, reason: '403 50013: Missing Permissions' });
    expect(JSON.stringify(warning)).not.toContain('ML Advisor digest'); // not the request (text and PNG bytes) behind the error
    expect(h.fake.calls.some((c) => c.path === `/channels/${acme.askChannelId}/messages` && c.status === 403)).toBe(true);
  });

  it('GIVEN a channel this client cannot see THEN it does not try, and warns (not sharded)', () => {
    expect(poster.canPost('123456789012345678')).toBe(false);
    expect(warnings()).toContain('DIGEST_DISCORD_CHANNEL is not a text channel this bot can see: no digest posted');
  });

  it('GIVEN sections longer than a message THEN they are packed into messages of at most 2,000 characters, whole when they fit', () => {
    const sections = ['a'.repeat(900), 'b'.repeat(900), 'c'.repeat(900), `${'d'.repeat(1500)}\n${'e'.repeat(1500)}`];
    const packed = packSections(sections);
    expect(packed.map((m) => m.length)).toEqual([1802, 900, 1500, 1500]);
    expect(packed.every((m) => m.length <= 2000)).toBe(true);
  });
});
