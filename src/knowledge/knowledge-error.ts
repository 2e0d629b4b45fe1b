import { plural } from '../render/plural.js';

/** A problem with one knowledge file: names the file and the field, so the author can fix it. */
export interface KnowledgeProblem {
  file: string;
  field: string;
  message: string;
}

export class KnowledgeError extends Error {
  readonly code = 'KNOWLEDGE_INVALID';

  constructor(readonly problems: KnowledgeProblem[]) {
    super(
      `The knowledge is invalid (${plural(problems.length, 'problem')}):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'KnowledgeError';
  }
}
