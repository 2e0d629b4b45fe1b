import type { DigestMessage } from '../../adapters/digest/digest-poster.js';
import { buildDigest } from '../../adapters/report/build-digest.js';
import { digestChart } from '../../adapters/report/digest-chart.js';
import { questionRow } from './store-rows.js';

const week = 7 * 86_400_000;
export const digestUntil = Date.UTC(2026, 10, 30, 9);

/**
 * A week's digest to post: questions on two pain points, and a gap three people hit whose wordings try to ping
 * (`<!channel>`, `@everyone`, a user mention) and to format, so a test can check they arrive inert.
 */
export function sampleDigest(key = 'slack:2026-11-30T09:00'): DigestMessage {
  const since = digestUntil - week;
  const gap = (userKey: string, text: string) => questionRow({ at: since + 5, userKey, text, outcome: 'fallback', painPoint: null });
  const questions = [
    ...Array.from({ length: 4 }, (_, i) => questionRow({ at: since + i, painPoint: 'data-preparation' })),
    ...Array.from({ length: 2 }, (_, i) => questionRow({ at: since - week + i, painPoint: 'cost-control' })),
    gap('a', '<!channel> how do we label *images* cheaply?'),
    gap('b', '@everyone how do we label images cheaply? <@U123>'),
    gap('c', '<!channel> how do we label *images* cheaply?'),
  ];
  const digest = buildDigest({ questions, feedback: [], escalations: [], gapVotes: [], since, until: digestUntil });
  return { key, digest, chart: digestChart(digest, 'UTC'), timeZone: 'UTC' };
}
