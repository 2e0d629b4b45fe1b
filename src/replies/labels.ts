/** Button labels stay under the strictest platform limit (Slack: 75 characters). */
export const MAX_LABEL = 75;

export function shortLabel(text: string, max = MAX_LABEL): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1).trimEnd()}…`;
}
