/**
 * The classes the matcher learns: an entry, a pain point's overview, a smalltalk intent, or out of scope. Out of
 * scope may name the out-of-scope file it was learnt from (careers, cloud without ML…): each such kind is a class
 * of its own, since one linear class cannot hold a dozen unrelated kinds of question (their probabilities are
 * summed back into one out-of-scope mass when a question is scored).
 */
export type ClassLabel =
  | { kind: 'entry'; id: string }
  | { kind: 'pain-point'; id: string }
  | { kind: 'smalltalk'; id: string }
  | { kind: 'out-of-scope'; id?: string };

export const OUT_OF_SCOPE = 'oos';

export function encodeLabel(label: ClassLabel): string {
  if (label.kind !== 'out-of-scope') return `${label.kind}:${label.id}`;
  return label.id === undefined ? OUT_OF_SCOPE : `${OUT_OF_SCOPE}:${label.id}`;
}

export function decodeLabel(text: string): ClassLabel {
  if (text === OUT_OF_SCOPE) return { kind: 'out-of-scope' };
  if (text.startsWith(`${OUT_OF_SCOPE}:`)) return { kind: 'out-of-scope', id: text.slice(OUT_OF_SCOPE.length + 1) };
  const at = text.indexOf(':');
  const kind = text.slice(0, at);
  const id = text.slice(at + 1);
  if (kind === 'entry' || kind === 'pain-point' || kind === 'smalltalk') return { kind, id };
  return { kind: 'out-of-scope' };
}
