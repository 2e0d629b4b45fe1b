import { MAX_THREAD_NAME } from './discord-route.js';

/**
 * The name of a thread started for a question: its first line, Markdown and mentions left out, cut at a word
 * before Discord's 100 characters (as Discord names a thread created from a message after its text).
 */
export function threadName(text: string): string {
  const line = (text.split('\n').find((l) => l.trim()) ?? '')
    .replace(/<[@#][!&]?\d+>/g, ' ')
    .replace(/[*_~`|>#]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!line) return 'Question';
  if (line.length <= MAX_THREAD_NAME) return line;
  const cut = line.slice(0, MAX_THREAD_NAME - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_THREAD_NAME / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
