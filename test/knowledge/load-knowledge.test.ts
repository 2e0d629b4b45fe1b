import { describe, expect, it } from 'vitest';
import { KnowledgeError } from '../../src/knowledge/knowledge-error.js';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { entry, tool, validPackFiles, writeTempPack } from '../fakes/temp-pack.js';
import { knowledgeDir } from '../fakes/test-advisor.js';

const PAIN_POINTS = ['where-to-start', 'no-ml-code', 'data-preparation', 'slow-delivery', 'infrastructure', 'cost-control'];

async function loadError(files: Record<string, string>): Promise<KnowledgeError> {
  const pack = writeTempPack(files);
  try {
    await loadKnowledge(pack.dir);
  } catch (err) {
    if (err instanceof KnowledgeError) return err;
    throw err;
  } finally {
    pack.remove();
  }
  throw new Error('expected loadKnowledge to fail');
}

const edit = (file: string, change: (text: string) => string) => (files: Record<string, string>) => ({ ...files, [file]: change(files[file] ?? '') });

describe('loadKnowledge', () => {
  it('GIVEN the shipped knowledge THEN it loads the six pain points in menu order and their entries', async () => {
    const k = await loadKnowledge(knowledgeDir);
    expect(new Set(k.painPoints.map((p) => p.id))).toEqual(new Set(PAIN_POINTS));
    expect(k.painPoints.map((p) => p.order)).toEqual([...k.painPoints.map((p) => p.order)].sort((a, b) => a - b));
    expect(k.entries.length).toBeGreaterThanOrEqual(30);
    for (const p of PAIN_POINTS) expect(k.entries.some((e) => e.painPoint === p), p).toBe(true);
    expect(k.smalltalk.length).toBeGreaterThan(0);
    expect(k.outOfScope.length).toBeGreaterThan(0);
  });

  it('GIVEN a small valid pack THEN it loads with the thresholds of its pack.yaml', async () => {
    const pack = writeTempPack(validPackFiles());
    try {
      const k = await loadKnowledge(pack.dir);
      expect(k.pack).toMatchObject({ name: 'tiny', thresholds: { answer: 0.3, clarifyMargin: 0.1 } });
      expect(k.entries.map((e) => e.id).sort()).toEqual(['budgets', 'interviews', 'invoices']);
    } finally {
      pack.remove();
    }
  });

  const broken: Array<{ problem: string; change: (f: Record<string, string>) => Record<string, string>; file: string; field: string }> = [
    { problem: 'a missing field', change: edit('entries/invoices.md', (t) => t.replace(/^title:.*\n/m, '')), file: 'invoices.md', field: 'title' },
    { problem: 'bad YAML', change: edit('entries/invoices.md', (t) => t.replace(/^title:.*$/m, 'title: [unclosed')), file: 'invoices.md', field: '(front matter)' },
    { problem: 'no front matter', change: edit('entries/budgets.md', () => 'Just an answer, no metadata.\n'), file: 'budgets.md', field: '(front matter)' },
    { problem: 'a wrong type', change: edit('pain-points/hiring.md', (t) => t.replace('order: 2', 'order: second')), file: 'hiring.md', field: 'order' },
    { problem: 'too few examples', change: edit('entries/interviews.md', (t) => t.replace(/^ {2}- "hiring process for ml"\n/m, '')), file: 'interviews.md', field: 'examples' },
    { problem: 'an unknown pain point', change: edit('entries/budgets.md', (t) => t.replace('painPoint: billing', 'painPoint: marketing')), file: 'budgets.md', field: 'painPoint' },
    { problem: 'a dangling related id', change: (f) => ({ ...f, 'entries/interviews.md': entry('interviews', 'hiring', ['a b', 'c d', 'e f'], ['no-such-entry']) }), file: 'interviews.md', field: 'related.0' },
    { problem: 'an empty body', change: edit('entries/invoices.md', (t) => t.replace(/---\nThe answer about invoices\.$/, '---\n')), file: 'invoices.md', field: 'body' },
    { problem: 'a tool without links', change: (f) => ({ ...f, 'tools/mlflow.md': tool('mlflow', 'MLflow', ['mlflow']).replace(/^links:\n(?: {2}.*\n)+/m, '') }), file: 'mlflow.md', field: 'links' },
    { problem: 'a tool without a reviewed date', change: (f) => ({ ...f, 'tools/mlflow.md': tool('mlflow', 'MLflow', ['mlflow']).replace(/^reviewed:.*\n/m, '') }), file: 'mlflow.md', field: 'reviewed' },
    { problem: 'a tool link that is not a URL', change: (f) => ({ ...f, 'tools/mlflow.md': tool('mlflow', 'MLflow', ['mlflow']).replace('https://docs.example.com/mlflow', 'see the docs') }), file: 'mlflow.md', field: 'links.0.url' },
    { problem: 'two tools with one alias', change: (f) => ({ ...f, 'tools/a.md': tool('kserve', 'KServe', ['kserve']), 'tools/b.md': tool('kfserving', 'KFServing', ['kfserving', 'KServe']) }), file: 'b.md', field: 'aliases.1' },
    { problem: 'a pack.yaml threshold above 1', change: edit('pack.yaml', (t) => t.replace('answer: 0.3', 'answer: 1.5')), file: 'pack.yaml', field: 'thresholds.answer' },
    { problem: 'a class balance above 2', change: edit('pack.yaml', (t) => `${t}matcher:\n  classBalance: 3\n`), file: 'pack.yaml', field: 'matcher.classBalance' },
    { problem: 'a pack.yaml threshold that is not a number', change: edit('pack.yaml', (t) => t.replace('clarifyMargin: 0.1', 'clarifyMargin: wide')), file: 'pack.yaml', field: 'thresholds.clarifyMargin' },
  ];

  it.each(broken)('GIVEN $problem THEN a KnowledgeError names $file and $field', async ({ change, file, field }) => {
    const err = await loadError(change(validPackFiles()));
    expect(err.code).toBe('KNOWLEDGE_INVALID');
    const problem = err.problems.find((p) => p.file.endsWith(file) && p.field === field);
    expect(problem, err.message).toBeDefined();
    expect(err.message).toContain(file);
    expect(err.message).toContain(`: ${field}: `);
  });

  it('GIVEN a valid tool file THEN it loads with its aliases and links, apart from the entries', async () => {
    const pack = writeTempPack({ ...validPackFiles(), 'tools/mlflow.md': tool('mlflow', 'MLflow', ['mlflow', 'ml flow']) });
    try {
      const k = await loadKnowledge(pack.dir);
      expect(k.tools).toEqual([expect.objectContaining({ id: 'mlflow', name: 'MLflow', aliases: ['mlflow', 'ml flow'], body: 'MLflow is a tool.' })]);
      expect(k.tools[0]!.links[0]!.url).toBe('https://docs.example.com/mlflow');
      expect(k.entries.map((e) => e.id)).not.toContain('mlflow');
    } finally {
      pack.remove();
    }
  });

  it('GIVEN the same id in two files THEN one problem on the field id names both files', async () => {
    const err = await loadError(edit('entries/interviews.md', (t) => t.replace('id: interviews', 'id: invoices'))(validPackFiles()));
    const dup = err.problems.filter((p) => p.field === 'id');
    expect(dup, err.message).toHaveLength(1);
    const named = `${dup[0]?.file} ${dup[0]?.message}`;
    expect(named).toContain('interviews.md');
    expect(named).toContain('invoices.md');
    expect(dup[0]?.message).toContain('duplicate');
  });

  it('GIVEN two broken files THEN every problem is reported at once', async () => {
    const files = edit('entries/budgets.md', (t) => t.replace('painPoint: billing', 'painPoint: marketing'))(
      edit('pain-points/hiring.md', (t) => t.replace('order: 2', 'order: second'))(validPackFiles()),
    );
    const err = await loadError(files);
    expect(err.problems.find((p) => p.file.endsWith('hiring.md') && p.field === 'order'), err.message).toBeDefined();
    expect(err.problems.find((p) => p.file.endsWith('budgets.md') && p.field === 'painPoint'), err.message).toBeDefined();
  });

  it('GIVEN a folder that does not exist THEN a KnowledgeError names it', async () => {
    await expect(loadKnowledge('/nonexistent/ml-advisor-pack')).rejects.toThrow(/nonexistent\/ml-advisor-pack/);
  });
});
