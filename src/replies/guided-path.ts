import type { KnowledgeIndex } from '../match/knowledge-index.js';
import type { Reply } from '../reply.js';
import { entryReply } from './entry-reply.js';
import { pathActionId } from '../action-ids.js';

/** The where-to-start guide: up to three yes/no questions that end with the layer of the stack to start from. */
const PAIN_POINT = 'where-to-start';

/** Where the three layers the guide chooses between are described. */
const GUIDE_SOURCE = { label: 'Machine learning on AWS: the layers of the stack', url: 'http://ml.aws' };

interface Question {
  step: string;
  title: string;
  body: string;
  yes: string;
  no: string;
}

interface Outcome {
  entryId: string;
  why: string;
}

const QUESTIONS = new Map<string, Question>(Object.entries({
  start: {
    step: 'start',
    title: 'Where to start: 1 of 3',
    body: 'Is your problem a **generic** one — recognising what is in images, turning text into speech, understanding or translating text?',
    yes: 'result:services',
    no: 'data',
  },
  data: {
    step: 'data',
    title: 'Where to start: 2 of 3',
    body: 'Do you need **control of the data and the algorithm** — training on your own dataset, or a model specialised for your domain?',
    yes: 'infra',
    no: 'result:services',
  },
  infra: {
    step: 'infra',
    title: 'Where to start: 3 of 3',
    body: 'Do you also need **full control of the infrastructure** — the servers, the deep-learning frameworks, the GPU drivers?',
    yes: 'result:ami',
    no: 'result:sagemaker',
  },
} satisfies Record<string, Question>));

const OUTCOMES = new Map<string, Outcome>(Object.entries({
  services: { entryId: 'ai-application-services', why: 'Start with the **application services**: no ML skills, no dataset and no training needed.' },
  sagemaker: { entryId: 'when-sagemaker-is-next', why: 'Start with **Amazon SageMaker**: your own data and algorithm, without running the servers.' },
  ami: { entryId: 'deep-learning-ami-ec2', why: 'Start with **EC2 and the Deep Learning AMI**: you control everything, down to the drivers.' },
} satisfies Record<string, Outcome>));

export function guidedPathAvailable(index: KnowledgeIndex, painPoint: string): boolean {
  return painPoint === PAIN_POINT && [...OUTCOMES.values()].every((o) => index.entries.has(o.entryId));
}

/** Answers a `path:…` action: `path:start`, `path:<step>:yes|no`. Null when the id is not a step of the guide. */
export function guidedPathReply(index: KnowledgeIndex, actionId: string): Reply | null {
  if (!guidedPathAvailable(index, PAIN_POINT)) return null;
  const [, step = '', answer] = actionId.split(':');
  const asked = QUESTIONS.get(step);
  if (!asked) return null;
  const next = answer === undefined ? step : answer === 'yes' ? asked.yes : answer === 'no' ? asked.no : null;
  if (next === null) return null;
  if (next.startsWith('result:')) {
    const outcome = OUTCOMES.get(next.slice('result:'.length));
    const entry = outcome ? index.entries.get(outcome.entryId) : undefined;
    if (!outcome || !entry) return null;
    const reply = entryReply(index, entry, 1);
    return { ...reply, title: `Your starting point: ${entry.title}`, body: `${outcome.why}\n\n${reply.body}` };
  }
  const question = QUESTIONS.get(next);
  if (!question) return null;
  return {
    outcome: 'answer',
    painPoint: PAIN_POINT,
    entryId: null,
    confidence: 1,
    title: question.title,
    body: question.body,
    sources: [GUIDE_SOURCE],
    actions: [
      { id: pathActionId(question.step, 'yes'), label: 'Yes', style: 'primary' },
      { id: pathActionId(question.step, 'no'), label: 'No' },
    ],
    feedback: false,
  };
}
