import { describe, expect, it } from 'vitest';
import { renderPlainText } from '../../src/render/plain-text.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

/**
 * Every fact of the seed is reachable by asking about it in everyday words: the question (written for this test,
 * not copied from the knowledge) gets an answer whose text contains the fact.
 */
const FACTS: Array<[question: string, fact: string]> = [
  ["what are the different levels of ML services on aws and how do I choose", "layer"],
  ["is there an aws api that recognises faces and objects in photos", "rekognition"],
  ["we need our app to read articles aloud, which service", "polly"],
  ["extract sentiment and key phrases from customer reviews", "comprehend"],
  ["auto translate our support tickets from german to english", "translate"],
  ["prebuilt server image with tensorflow and pytorch and nvidia drivers", "deep learning ami"],
  ["who was gall and what is his law about complex systems", "gall"],
  ["should we launch one big company-wide AI program", "chapel"],
  ["which built in algorithms does sagemaker ship with", "deepar"],
  ["algorithm to classify our product photos into our own categories", "image classification"],
  ["sequence to sequence model for translating our manuals", "seq2seq"],
  ["forecast weekly demand per store", "deepar"],
  ["train word embeddings fast on gpus", "blazingtext"],
  ["do I need to be a data scientist, how much python do I need", "50 lines"],
  ["where can I find sample jupyter notebooks for sagemaker", "amazon-sagemaker-examples"],
  ["our research data is stuck in pdfs", "pdf"],
  ["how do we keep spark preprocessing separate from training", "spark"],
  ["our ml team works in an ivory tower and needs tickets for everything", "silo"],
  ["what is mlops", "mlops"],
  ["one tool from experimentation to deployment", "python sdk"],
  ["our models behave differently in production than in dev", "production"],
  ["the gpus we bought last year are already outdated", "obsolete"],
  ["our gpu servers overheat the data center", "hvac"],
  ["what is the cheapest notebook instance and what does it cost", "0.0464"],
  ["can I pause my notebook when I'm not using it", "stop"],
  ["do training clusters shut down automatically when the job ends", "per second"],
  ["can the prediction endpoint scale with traffic", "auto scaling"],
  ["can we try sagemaker for free", "free tier"],
  ["how can I give feedback on this advice", "feedback"],
];

describe('the seed\'s facts are reachable by asking', () => {
  it.each(FACTS)('GIVEN "%s" THEN the answer mentions %s', async (question, fact) => {
    const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
    const reply = await advisor.handle(message(question, { conversationId: `C-${question}` }));
    expect(reply.outcome).toBe('answer');
    expect(renderPlainText(reply).toLowerCase()).toContain(fact);
  });
});
