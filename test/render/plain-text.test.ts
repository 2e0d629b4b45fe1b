import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/render/plain-text.js';
import type { Reply } from '../../src/reply.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { action } from '../fakes/core-messages.js';

const base: Reply = {
  outcome: 'answer',
  painPoint: 'cost-control',
  entryId: 'x',
  confidence: 0.9,
  title: 'Stop idle notebooks',
  body: 'Use **small** instances.\n\n- stop them at night\n- see [the docs](https://example.com/nbi)',
  sources: [{ label: 'Notebook docs', url: 'https://example.com/nbi' }],
  actions: [
    { id: 'entry:a', label: 'First follow-up' },
    { id: 'entry:b', label: 'Second follow-up' },
  ],
  feedback: true,
};

describe('renderPlainText', () => {
  it('GIVEN a full reply THEN title, body, sources and numbered choices, without Markdown markers', () => {
    const text = renderPlainText(base);
    const order = ['Stop idle notebooks', 'Use small instances.', 'stop them at night', 'the docs (https://example.com/nbi)', 'Notebook docs: https://example.com/nbi', '1. First follow-up', '2. Second follow-up'];
    let at = -1;
    for (const part of order) {
      const next = text.indexOf(part);
      expect(next, `"${part}" in order in:\n${text}`).toBeGreaterThan(at);
      at = next;
    }
    expect(text).not.toMatch(/\*\*|\]\(/);
  });

  it('GIVEN no title, sources or actions THEN only the body', () => {
    expect(renderPlainText({ ...base, title: '', sources: [], actions: [], body: 'Just this.' })).toBe('Just this.');
  });

  it('GIVEN every entry of the shipped knowledge THEN the text shows the title, every source URL and every choice', async () => {
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
    for (const e of advisor.index.knowledge.entries) {
      const reply = await advisor.handle(action(`entry:${e.id}`));
      const text = renderPlainText(reply);
      expect(text).toContain(e.title);
      for (const s of e.links) expect(text).toContain(s.url);
      for (const a of reply.actions) expect(text).toContain(a.label);
      expect(text).not.toContain('**');
    }
  });
});
