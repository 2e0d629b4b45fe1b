import { describe, expect, it } from 'vitest';
import { lintKnowledge, STALE_AFTER_DAYS } from '../../src/knowledge/lint-knowledge.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildIndex } from '../../src/match/knowledge-index.js';
import { sharedIndex } from '../fakes/core-advisor.js';
import { validPackFiles, writeTempPack } from '../fakes/temp-pack.js';

describe('lintKnowledge', () => {
  it('GIVEN the shipped knowledge THEN no errors: every example routes to its own pain point, links are http(s)', async () => {
    const errors = lintKnowledge(await sharedIndex(), new Date()).filter((f) => f.level === 'error');
    expect(errors).toEqual([]);
  });

  it('GIVEN an old reviewed date and a non-http link THEN a stale warning and a link error naming file and field', async () => {
    const files = validPackFiles();
    const pack = writeTempPack({
      ...files,
      'entries/budgets.md': files['entries/budgets.md']!.replace('url: https://example.com/budgets', 'url: ftp://example.com/budgets'),
    });
    try {
      const index = buildIndex(await loadKnowledge(pack.dir));
      const now = new Date(Date.UTC(2026, 0, 1) + (STALE_AFTER_DAYS + 10) * 86_400_000);
      const findings = lintKnowledge(index, now);
      expect(findings).toContainEqual(expect.objectContaining({ level: 'error', field: 'links.0.url', file: expect.stringContaining('budgets.md') }));
      expect(findings.filter((f) => f.field === 'reviewed').every((f) => f.level === 'warning')).toBe(true);
      expect(findings.filter((f) => f.field === 'reviewed')).toHaveLength(3);
      expect(lintKnowledge(index, new Date(Date.UTC(2026, 1, 1))).some((f) => f.field === 'reviewed')).toBe(false);
    } finally {
      pack.remove();
    }
  });
});
