import { describe, expect, it } from 'vitest';
import { lintKnowledge, STALE_AFTER_DAYS } from '../../src/knowledge/lint-knowledge.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildIndex } from '../../src/match/knowledge-index.js';
import { sharedIndex } from '../fakes/core-advisor.js';
import { tool, validPackFiles, writeTempPack } from '../fakes/temp-pack.js';

describe('lintKnowledge', () => {
  it('GIVEN the shipped knowledge THEN no errors: every example routes to its own pain point, links are http(s)', async () => {
    const errors = lintKnowledge(await sharedIndex(), new Date()).filter((f) => f.level === 'error');
    expect(errors).toEqual([]);
    // It answers every example of the shipped knowledge (about 7,000), after training the index when no other test
    // file has: 17 s on a busy 2-core machine, over the default 20 s limit's comfort.
  }, 60_000);

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

  it('GIVEN a tool with a non-http link and an old reviewed date THEN a link error and a stale warning naming the tool file', async () => {
    const pack = writeTempPack({ ...validPackFiles(), 'tools/mlflow.md': tool('mlflow', 'MLflow', ['mlflow']).replace('url: https://code.example.com', 'url: ftp://code.example.com') });
    try {
      const index = buildIndex(await loadKnowledge(pack.dir));
      const findings = lintKnowledge(index, new Date(Date.UTC(2026, 11, 1) + (STALE_AFTER_DAYS + 10) * 86_400_000)).filter((f) => f.file.endsWith('mlflow.md'));
      expect(findings).toEqual([
        expect.objectContaining({ level: 'error', field: 'links.1.url' }),
        expect.objectContaining({ level: 'warning', field: 'reviewed' }),
      ]);
    } finally {
      pack.remove();
    }
  });

  it('GIVEN an entry without a source link THEN an error naming file and field, unless the pack does not require sources', async () => {
    const files = validPackFiles();
    const noLinks = files['entries/budgets.md']!.replace(/links:\n {2}- label: [^\n]+\n {4}url: [^\n]+\n/, 'links: []\n');
    expect(noLinks).not.toContain('example.com/budgets');
    for (const [pack, expected] of [[files['pack.yaml']!, 1], [`${files['pack.yaml']!}requireSources: false\n`, 0]] as const) {
      const dir = writeTempPack({ ...files, 'pack.yaml': pack, 'entries/budgets.md': noLinks });
      try {
        const findings = lintKnowledge(buildIndex(await loadKnowledge(dir.dir)), new Date(Date.UTC(2026, 1, 1)));
        const missing = findings.filter((f) => f.field === 'links' && f.level === 'error');
        expect(missing).toHaveLength(expected);
        if (expected) expect(missing[0]!.file).toContain('budgets.md');
      } finally {
        dir.remove();
      }
    }
  });

  it('GIVEN an example that another pain point answers THEN a finding naming the file, the field and both scores', async () => {
    // The same phrasing twice under billing and once under hiring: billing answers it (error or two-sided warning: exampleRouting's tests).
    const files = validPackFiles();
    const dir = writeTempPack({
      ...files,
      'entries/interviews.md': files['entries/interviews.md']!.replace('"hiring process for ml"', '"what is on my invoice"'),
      'entries/budgets.md': files['entries/budgets.md']!.replace('"alarm when spend grows"', '"what is on my invoice"'),
    });
    try {
      const findings = lintKnowledge(buildIndex(await loadKnowledge(dir.dir)), new Date(Date.UTC(2026, 1, 1)));
      expect(findings).toContainEqual(
        expect.objectContaining({ file: expect.stringContaining('interviews.md'), field: 'examples.2', message: expect.stringMatching(/answered from billing \(\d+%; its own hiring \d+%\)/) }),
      );
    } finally {
      dir.remove();
    }
  });

  it('GIVEN two entries sharing a phrasing THEN a near-duplicate warning naming both', async () => {
    const files = validPackFiles();
    const dup = files['entries/interviews.md']!.replace('"hiring process for ml"', '"how do I set a budget"');
    const dir = writeTempPack({ ...files, 'entries/interviews.md': dup });
    try {
      const findings = lintKnowledge(buildIndex(await loadKnowledge(dir.dir)), new Date(Date.UTC(2026, 1, 1)));
      expect(findings).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringMatching(/near-duplicate.*(budgets|interviews)/) }));
    } finally {
      dir.remove();
    }
  });
});
