import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { z } from 'zod';

const replySchema = z.object({ outcome: z.string(), painPoint: z.string().nullish(), text: z.string() });
export type BatchReply = z.infer<typeof replySchema>;

/**
 * Asks the shipped pack each question as a user would: `ml-advisor ask --json --batch` from the built bundle under
 * `root`, one question per line (a question's line breaks become spaces). One reply per question, in order.
 */
export function askBatch(root: string, questions: readonly string[]): BatchReply[] {
  const asked = spawnSync(process.execPath, [path.join(root, 'dist', 'bundle', 'ml-advisor.js'), 'ask', '--json', '--batch'], {
    input: `${questions.map((q) => q.replace(/\s*\n\s*/g, ' ')).join('\n')}\n`,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (asked.status !== 0) throw new Error(`ml-advisor ask failed: ${asked.stderr}`);
  const replies = asked.stdout.trim().split('\n').map((line) => replySchema.parse(JSON.parse(line)));
  if (replies.length !== questions.length) throw new Error(`asked ${questions.length} questions, got ${replies.length} replies`);
  return replies;
}
