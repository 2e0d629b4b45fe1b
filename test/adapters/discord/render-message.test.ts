import { describe, expect, it } from 'vitest';
import { renderButtons } from '../../../adapters/discord/render-buttons.js';
import { partBody } from '../../../adapters/discord/interaction-reply.js';
import { renderReply } from '../../../adapters/discord/render-message.js';
import type { Reply } from '../../../src/reply.js';

const reply = (over: Partial<Reply>): Reply => ({
  outcome: 'answer', painPoint: 'p', entryId: 'e', confidence: 1, title: 'T', body: 'B', sources: [], actions: [], feedback: false, ...over,
});

describe('GIVEN core replies rendered for Discord', () => {
  it('WHEN the body uses the Markdown subset THEN it becomes Discord Markdown with links not unfurled', () => {
    const [part] = renderReply(reply({ title: 'Data *labels*', body: 'Use **weak supervision** and _active learning_, see [the guide](https://ex.com/g) or `pip install x`.\n\n- one\n- two' }));
    expect(part!.content).toBe(
      '**Data \\*labels\\***\n\nUse **weak supervision** and _active learning_, see [the guide](<https://ex.com/g>) or `pip install x`.\n\n- one\n- two',
    );
  });

  it('WHEN there are 30 actions and feedback THEN at most 5 rows of 5 buttons, feedback on its own last row', () => {
    const actions = Array.from({ length: 30 }, (_, i) => ({ id: `entry:e-${i}`, label: `Entry ${i}` }));
    const { rows, dropped } = renderButtons(reply({ actions, feedback: true, entryId: 'x' }));
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.components.length <= 5)).toBe(true);
    expect(rows.at(-1)!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['feedback:up:x', 'feedback:down:x']);
    expect(dropped).toBe(30 - 20);
    const ids = rows.flatMap((r) => r.components.map((b) => ('custom_id' in b ? b.custom_id : '')));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('WHEN the core repeats an action id THEN the button appears once', () => {
    const { rows } = renderButtons(reply({ actions: [{ id: 'menu', label: 'Menu' }, { id: 'menu', label: 'Menu again' }] }));
    expect(rows.flatMap((r) => r.components)).toHaveLength(1);
  });

  it('WHEN there are many long sources THEN embeds stay within 4,096 a description and 6,000 a message', () => {
    const sources = Array.from({ length: 120 }, (_, i) => ({ label: `Source number ${i} ${'x'.repeat(60)}`, url: `https://example.com/a/very/long/path/${i}/${'y'.repeat(40)}` }));
    const parts = renderReply(reply({ sources }));
    const embeds = parts.flatMap((p) => p.embeds);
    expect(embeds.every((e) => (e.description ?? '').length <= 4096)).toBe(true);
    for (const p of parts) {
      expect(p.embeds.reduce((n, e) => n + (e.title ?? '').length + (e.description ?? '').length, 0)).toBeLessThanOrEqual(6000);
      expect(p.embeds.length).toBeLessThanOrEqual(10);
    }
    const text = embeds.map((e) => e.description).join('\n');
    for (let i = 0; i < 120; i += 1) expect(text).toContain(`/path/${i}/`);
  });

  it('WHEN a single line is far longer than 2,000 characters THEN every part still fits', () => {
    const parts = renderReply(reply({ body: 'word '.repeat(2000) + 'x'.repeat(4500) }));
    expect(parts.length).toBeGreaterThan(3);
    expect(parts.every((p) => p.content.length <= 2000)).toBe(true);
  });

  it('WHEN a reply tags the experts and their role is set THEN it starts with the role mention, which alone may ping; nothing else can', () => {
    const role = '223456789012345678';
    const tagged = reply({ outcome: 'notice', title: 'I have asked a person', body: 'Hi @everyone <@&999999999999999999>', tagExperts: true });
    const [part] = renderReply(tagged, { expertsRole: role });
    expect(part!.content.startsWith(`<@&${role}> **I have asked a person**`)).toBe(true);
    expect(part!.content).toContain('\\<@&999999999999999999\\>');
    expect(partBody(part!).allowed_mentions).toEqual({ parse: [], replied_user: false, roles: [role] });
    const untagged = [renderReply(tagged), renderReply(reply({}), { expertsRole: role })].map(([p]) => p!);
    for (const p of untagged) {
      expect(p.content).not.toMatch(/(^|[^\\])<@&/);
      expect(partBody(p).allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
  });
});
