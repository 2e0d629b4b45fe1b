import { describe, expect, it } from 'vitest';
import { coreAdvisor } from '../fakes/core-advisor.js';
import { message } from '../fakes/core-messages.js';

/**
 * The eight questions issue 8 tried as a new user would, with the pain point each belongs to (docs/knowledge-map.md)
 * and the entry that answers it. Each must get that entry, or an honest "no specific answer yet" under that pain
 * point (entry null) — never another entry's answer, and never a decline.
 */
const cases = [
  ['how do we use RAG with our internal docs?', 'no-ml-code', 'rag-over-your-documents'],
  ['is Bedrock better than SageMaker for us?', 'where-to-start', 'bedrock-vs-sagemaker'],
  ['we need to label 100k images, how?', 'data-preparation', 'labelling-at-scale'],
  ['how do I monitor model drift in production?', 'slow-delivery', 'monitoring-and-drift'],
  ["what's the difference between SageMaker Studio and notebook instances?", 'infrastructure', 'ml-dev-environments'],
  ['do we need a feature store?', 'data-preparation', 'feature-stores'],
  ['we have a PoC that works, how do we get it into production?', 'slow-delivery', 'poc-to-production'],
  ['should we use Kubernetes or a managed service to serve our models?', 'infrastructure', 'kubernetes-for-ml'],
] as const;

describe("the issue's example questions", () => {
  it.each(cases)('GIVEN "%s" THEN an answer under %s, from %s or honestly without an entry', async (question, painPoint, entryId) => {
    const { advisor } = await coreAdvisor();
    const reply = await advisor.handle(message(question, { conversationId: 'C-issue', threadId: 'T-issue' }));
    expect(reply).toMatchObject({ outcome: 'answer', painPoint });
    expect([entryId, null]).toContain(reply.entryId);
  });

  it('GIVEN all eight THEN at least six are answered with their entry', async () => {
    const { advisor } = await coreAdvisor();
    let withEntry = 0;
    for (const [question, , entryId] of cases) {
      const reply = await advisor.handle(message(question, { conversationId: 'C-issue', threadId: `T-${question.length}` }));
      if (reply.entryId === entryId) withEntry++;
    }
    expect(withEntry).toBeGreaterThanOrEqual(6);
  });
});
