import { describe, expect, it } from 'vitest';
import type { Advisor } from '../../src/advisor.js';
import type { Reply } from '../../src/reply.js';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { action } from '../fakes/core-messages.js';

/** Clicks the button labelled yes or no on a guide question. */
async function answer(advisor: Advisor, reply: Reply, choice: 'yes' | 'no'): Promise<Reply> {
  const button = reply.actions.find((a) => a.label.toLowerCase().startsWith(choice));
  expect(button, `no ${choice} button on "${reply.title}"`).toBeDefined();
  return advisor.handle(action(button!.id));
}

async function walk(choices: Array<'yes' | 'no'>): Promise<{ steps: Reply[]; end: Reply }> {
  const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
  const overview = await advisor.handle(action('topic:where-to-start'));
  const start = overview.actions.find((a) => a.id === 'path:start');
  expect(start, 'the where-to-start overview offers path:start').toBeDefined();
  let reply = await advisor.handle(action(start!.id));
  const steps = [reply];
  for (const choice of choices) {
    reply = await answer(advisor, reply, choice);
    steps.push(reply);
  }
  return { steps, end: reply };
}

describe('guided where-to-start path', () => {
  it('GIVEN the where-to-start overview THEN it offers the guide; other overviews do not', async () => {
    const { advisor } = await coreAdvisor();
    for (const p of advisor.index.knowledge.painPoints) {
      const reply = await advisor.handle(action(`topic:${p.id}`));
      expect(reply.actions.some((a) => a.id === 'path:start'), p.id).toBe(p.id === 'where-to-start');
    }
  });

  it.each([
    { choices: ['yes'], layer: 'application services', entryId: 'ai-application-services' },
    { choices: ['no', 'no'], layer: 'application services', entryId: 'ai-application-services' },
    { choices: ['no', 'yes', 'no'], layer: 'SageMaker', entryId: 'when-sagemaker-is-next' },
    { choices: ['no', 'yes', 'yes'], layer: 'Deep Learning AMI', entryId: 'deep-learning-ami-ec2' },
  ] as const)('GIVEN the answers $choices THEN the guide ends with the $layer layer', async ({ choices, layer, entryId }) => {
    const { steps, end } = await walk([...choices]);
    for (const step of steps.slice(0, -1)) {
      expect(step.outcome).not.toBe('fallback');
      expect(step.actions).toHaveLength(2);
      expect(step.body).toMatch(/\?/);
    }
    expect(end).toMatchObject({ outcome: 'answer', painPoint: 'where-to-start', entryId });
    expect(`${end.title}\n${end.body}`.toLowerCase()).toContain(layer.toLowerCase());
    expect(end.sources.length).toBeGreaterThan(0);
    expect(end.feedback).toBe(true);
  });

  it.each(['path:start:maybe', 'path:nowhere:yes', 'path:', 'path:result:services'])('GIVEN the bad step %j THEN a fallback', async (id) => {
    const { advisor } = await coreAdvisor();
    expect((await advisor.handle(action(id))).outcome).toBe('fallback');
  });
});

describe('guided path ids that name no step', () => {
  // Found by the property test: `path:toString` once reached Object.prototype through a plain-object lookup.
  it.each(['path:toString', 'path:constructor:yes', 'path:__proto__', 'path:hasOwnProperty:no', 'path:start:maybe', 'path:infra:valueOf'])(
    'GIVEN %s THEN a fallback, never a crash',
    async (id) => {
      const { advisor } = await coreAdvisor({ settings: { rateLimit: null } });
      expect((await advisor.handle(action(id))).outcome).toBe('fallback');
    },
  );
});
