/** The classes the matcher learns: an entry, a pain point's overview, a smalltalk intent, or out of scope. */
export type ClassLabel =
  | { kind: 'entry'; id: string }
  | { kind: 'pain-point'; id: string }
  | { kind: 'smalltalk'; id: string }
  | { kind: 'out-of-scope' };

export const OUT_OF_SCOPE = 'oos';

export function encodeLabel(label: ClassLabel): string {
  return label.kind === 'out-of-scope' ? OUT_OF_SCOPE : `${label.kind}:${label.id}`;
}

export function decodeLabel(text: string): ClassLabel {
  if (text === OUT_OF_SCOPE) return { kind: 'out-of-scope' };
  const at = text.indexOf(':');
  const kind = text.slice(0, at);
  const id = text.slice(at + 1);
  if (kind === 'entry' || kind === 'pain-point' || kind === 'smalltalk') return { kind, id };
  return { kind: 'out-of-scope' };
}
