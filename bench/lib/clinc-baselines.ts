import { createRequire } from 'node:module';
import type { Clinc, Pair } from './clinc-data.js';

export interface BaselineRow {
  name: string;
  inScope: number;
  oos: number;
  trainS: number;
  ms: number;
}

type Predict = (text: string) => Promise<{ label: string; score: number }>;

interface Bayes {
  addDocument(text: string, label: string): void;
  train(): void;
  getClassifications(text: string): Array<{ label: string; value: number }>;
}
interface NlpManager {
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<{ intent: string; score: number }>;
}

const require = createRequire(import.meta.url);

/** The confidence threshold that decides the most val + oos_val lines right, as for ml-advisor. */
async function calibrateThreshold(predict: Predict, data: Clinc): Promise<number> {
  const scored = [
    ...(await Promise.all(data.val.map(async ([t, l]) => ({ ...(await predict(t)), gold: l })))),
    ...(await Promise.all(data.oos_val.map(async ([t]) => ({ ...(await predict(t)), gold: 'oos' })))),
  ];
  let best = { threshold: 0, right: -1 };
  for (let threshold = 0; threshold <= 1.0001; threshold += 0.01) {
    const right = scored.filter((s) => (s.gold === 'oos' ? s.score < threshold : s.score >= threshold && s.label === s.gold)).length;
    if (right > best.right) best = { threshold, right };
  }
  return best.threshold;
}

async function score(name: string, predict: Predict, data: Clinc, trainS: number): Promise<BaselineRow> {
  const threshold = await calibrateThreshold(predict, data);
  const t0 = performance.now();
  let right = 0;
  for (const [t, l] of data.test) {
    const p = await predict(t);
    if (p.score >= threshold && p.label === l) right++;
  }
  let rejected = 0;
  for (const [t] of data.oos_test) if ((await predict(t)).score < threshold) rejected++;
  const ms = (performance.now() - t0) / (data.test.length + data.oos_test.length);
  return { name: `${name} (threshold ${threshold.toFixed(2)})`, inScope: right / data.test.length, oos: rejected / data.oos_test.length, trainS, ms };
}

async function naturalBayes(train: Pair[], data: Clinc): Promise<BaselineRow> {
  const natural = require('natural') as { BayesClassifier: new () => Bayes };
  const t0 = performance.now();
  const bayes = new natural.BayesClassifier();
  for (const [t, l] of train) bayes.addDocument(t, l);
  bayes.train();
  const trainS = (performance.now() - t0) / 1000;
  const predict: Predict = async (text) => {
    const c = bayes.getClassifications(text);
    const sum = c.reduce((s, x) => s + x.value, 0) || 1;
    return { label: c[0]?.label ?? '', score: (c[0]?.value ?? 0) / sum };
  };
  return score('natural BayesClassifier', predict, data, trainS);
}

async function nlpJs(train: Pair[], data: Clinc): Promise<BaselineRow> {
  const { NlpManager } = require('node-nlp') as { NlpManager: new (o: object) => NlpManager };
  const t0 = performance.now();
  const manager = new NlpManager({ languages: ['en'], nlu: { log: false }, autoSave: false, forceNER: false });
  for (const [t, l] of train) manager.addDocument('en', t, l);
  await manager.train();
  const trainS = (performance.now() - t0) / 1000;
  const predict: Predict = async (text) => {
    const r = await manager.process('en', text);
    return { label: r.intent, score: r.intent === 'None' ? 0 : r.score };
  };
  return score('NLP.js (node-nlp NlpManager)', predict, data, trainS);
}

/** natural's Bayes and NLP.js on the same split, thresholds calibrated the same way. */
export async function runBaselines(data: Clinc): Promise<BaselineRow[]> {
  process.env.DOTENV_CONFIG_QUIET ??= 'true';
  return [await naturalBayes(data.train, data), await nlpJs(data.train, data)];
}
