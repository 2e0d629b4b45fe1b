/** A count with its noun: `1 question`, `2 questions`, `3 people` (with `many` for an irregular plural). */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
