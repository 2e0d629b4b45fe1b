import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { declinedSuggestions, SUGGEST_SHARE, SUGGESTIONS } from '../../src/conversation/declined-suggestions.js';
import { writtenInOtherScript } from '../../src/conversation/other-script.js';
import { parseLabelledLines } from '../../src/evaluation/labelled-question.js';
import type { KnowledgeIndex } from '../../src/match/knowledge-index.js';
import { matchQuestion, type Candidate } from '../../src/match/match-question.js';
import { questionText } from '../../src/match/question-text.js';
import { coreAdvisor, sharedIndex } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';
import { useTempPackIndex } from '../fakes/temp-pack.js';

const candidate = (score: number, nearest: string[]): Candidate => ({ painPoint: 'billing', entryId: null, score, entryScore: 0.3, nearest });

describe('declined suggestions: the nearest entries of a declined question that leans in scope', () => {
  const pack = useTempPackIndex();
  const at = (): KnowledgeIndex => ({ ...pack.index, thresholds: { answer: 0.5, clarifyMargin: 0.1 } });

  it('GIVEN the likeliest pain point scores under its share of the answer threshold THEN nothing is offered', () => {
    expect(declinedSuggestions(at(), [candidate(0.5 * SUGGEST_SHARE - 0.01, ['budgets', 'invoices'])])).toEqual([]);
    expect(declinedSuggestions(at(), [])).toEqual([]);
  });

  it(`GIVEN it leans far enough THEN its first ${SUGGESTIONS} nearest entries are offered, in order, unknown ids skipped`, () => {
    const offered = declinedSuggestions(at(), [candidate(0.5 * SUGGEST_SHARE, ['budgets', 'invoices', 'interviews'])]);
    expect(offered.map((e) => e.id)).toEqual(['budgets', 'invoices']);
    expect(declinedSuggestions(at(), [candidate(0.4, ['gone', 'interviews'])]).map((e) => e.id)).toEqual(['interviews']);
  });

  it('GIVEN a 2018 seed entry first among the nearest THEN today\'s entry comes before it', () => {
    const seeded = new Map(pack.index.entries).set('budgets', { ...pack.index.entries.get('budgets')!, seed: true });
    expect(declinedSuggestions({ ...at(), entries: seeded }, [candidate(0.4, ['budgets', 'invoices'])]).map((e) => e.id)).toEqual(['invoices', 'budgets']);
  });
});

describe('declines through the advisor, on the real questions of real-dev', () => {
  const file = path.resolve(import.meta.dirname, '../eval/real-dev.jsonl');
  const lines = parseLabelledLines(readFileSync(file, 'utf8'), file);

  it('GIVEN each declined question THEN it offers exactly the suggested entries first, and stays a decline', async () => {
    const index = await sharedIndex();
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
    let offered = 0;
    let bare = 0;
    for (const [i, line] of lines.entries()) {
      const match = matchQuestion(index, questionText(line.text));
      if (match.outcome !== 'fallback' || writtenInOtherScript(line.text)) continue;
      const reply = await advisor.handle(message(line.text, { conversationId: `c${i}` }));
      if (reply.outcome !== 'fallback') continue; // the words after a pleasantry were answered
      const expected = declinedSuggestions(index, match.candidates).map((e) => `entry:${e.id}`);
      expect(reply.title).toBe("I'm not sure I can help with that");
      expect(reply.actions.filter((a) => a.id.startsWith('entry:')).map((a) => a.id)).toEqual(expected);
      if (expected.length) offered++;
      else bare++;
    }
    expect(offered).toBeGreaterThan(0);
    expect(bare).toBeGreaterThan(0);
  });
});
