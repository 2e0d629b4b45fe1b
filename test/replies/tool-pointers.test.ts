import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdvisor } from '../../src/advisor.js';
import type { KnowledgeIndex, Thresholds } from '../../src/match/knowledge-index.js';
import { toolPointers, withToolPointers } from '../../src/replies/tool-pointers.js';
import { MemoryStore } from '../../src/store/memory-store.js';
import { manualClock, message } from '../fakes/core-messages.js';
import { tempPackIndex, tool, validPackFiles } from '../fakes/temp-pack.js';
import { silentLogger } from '../fakes/test-advisor.js';

describe('pointers to a named tool’s own pages', () => {
  let pack: Awaited<ReturnType<typeof tempPackIndex>>;
  let index: KnowledgeIndex;
  beforeAll(async () => {
    pack = await tempPackIndex({
      ...validPackFiles(),
      'tools/mlflow.md': tool('mlflow', 'MLflow', ['mlflow']),
      'tools/kserve.md': tool('kserve', 'KServe', ['kserve']),
    });
    index = pack.index;
  });
  afterAll(() => pack.remove());

  const ask = async (text: string, thresholds: Thresholds) => {
    const advisor = createAdvisor({
      knowledge: index.knowledge,
      index: { ...index, thresholds },
      store: new MemoryStore(),
      logger: silentLogger(),
      clock: manualClock().now,
    });
    return advisor.handle(message(text));
  };
  const mlflow = () => index.knowledge.tools.find((t) => t.id === 'mlflow')!;

  it('GIVEN one tool THEN one paragraph naming it, with its documentation and issues as links', () => {
    const pointers = toolPointers([mlflow()])!;
    expect(pointers.text).toBe(
      'For **MLflow** itself, its own pages go deeper than I can: [MLflow documentation](https://docs.example.com/mlflow) · [MLflow issues](https://code.example.com/mlflow/issues).',
    );
    expect(pointers.links).toEqual(mlflow().links);
    expect(toolPointers([])).toBeNull();
  });

  it('GIVEN two tools THEN both named, in the plural', () => {
    const three = { ...mlflow(), links: [...mlflow().links, { label: 'MLflow forum', url: 'https://forum.example.com/mlflow' }] };
    const kserve = index.knowledge.tools.find((t) => t.id === 'kserve')!;
    const both = toolPointers([three, kserve])!;
    expect(both.text).toMatch(/^For \*\*MLflow\*\* and \*\*KServe\*\* themselves, their own pages/);
    // Each tool's documentation and first place to ask, not every page of both.
    expect(both.links).toEqual([...mlflow().links, ...kserve.links]);
    expect(toolPointers([three])!.links).toHaveLength(3);
  });

  it('GIVEN a reply THEN the pointer closes it and its links join the sources once', () => {
    const reply = { outcome: 'fallback' as const, painPoint: null, entryId: null, confidence: 0, title: 't', body: 'b', sources: [mlflow().links[0]!], actions: [], feedback: false };
    const out = withToolPointers(reply, [mlflow()]);
    expect(out.body).toMatch(/^b\n\nFor \*\*MLflow\*\* itself/);
    expect(out.sources).toEqual(mlflow().links);
    expect(withToolPointers(reply, [])).toBe(reply);
  });

  it('GIVEN no specific answer to a question naming a tool THEN the honest reply points to that tool, right after saying so', async () => {
    const reply = await ask('what is on my invoice for the mlflow server', { answer: 0, clarifyMargin: 0, entry: 0.999 });
    expect(reply).toMatchObject({ outcome: 'answer', painPoint: 'billing', entryId: null, uncovered: true });
    const honest = reply.body.indexOf("I don't have a specific answer yet");
    const pointer = reply.body.indexOf('For **MLflow** itself');
    expect(honest).toBeGreaterThanOrEqual(0);
    expect(pointer).toBeGreaterThan(honest);
    expect(pointer).toBeLessThan(reply.body.indexOf('The closest things I can answer'));
    expect(reply.sources).toEqual(expect.arrayContaining(mlflow().links));
  });

  it('GIVEN a question out of scope that names a tool THEN the fallback points to the tool', async () => {
    const reply = await ask('kserve: tell me a joke', { answer: 1, clarifyMargin: 0 });
    expect(reply.outcome).toBe('fallback');
    expect(reply.body).toContain('For **KServe** itself');
    expect(reply.sources.map((s) => s.url)).toContain('https://docs.example.com/kserve');
  });

  it('GIVEN a "did you mean…" to a question naming a tool THEN it points to the tool after the choices', async () => {
    const reply = await ask('mlflow', { answer: 0, clarifyMargin: 1 });
    expect(reply.outcome).toBe('clarify');
    expect(reply.body).toMatch(/For \*\*MLflow\*\* itself, its own pages go deeper than I can: .*\.$/);
  });

  it('GIVEN an answer the knowledge has, or a question naming no tool THEN no pointer', async () => {
    const answered = await ask('what is on my invoice for the mlflow server', { answer: 0, clarifyMargin: 0, entry: 0 });
    expect(answered).toMatchObject({ outcome: 'answer', entryId: 'invoices' });
    expect(answered.body).not.toContain('own pages go deeper');
    const plain = await ask('tell me a joke', { answer: 1, clarifyMargin: 0 });
    expect(plain.outcome).toBe('fallback');
    expect(plain.body).not.toContain('own pages go deeper');
  });
});
