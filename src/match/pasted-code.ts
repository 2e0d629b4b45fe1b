/**
 * Code, logs and stack traces pasted into a question. Their identifiers, paths and timestamps say little about
 * which pain point the question is about, yet they can outnumber its words: on real-dev, with a snippet, a trace, a
 * config or a log appended to five lines in six, in-scope answers fell from 325 to 235 of 476 and the right entry
 * from 81 to 39. The matcher reads the prose and the last error lines of what was pasted: "My training script
 * crashes: ```…RuntimeError: CUDA out of memory```" is about GPU memory, whatever the frames above it say.
 */

/** A fenced block (Slack, Discord and GitHub all use three backticks), closed or running to the end. */
const FENCED = /```[^\n`]*\n?([\s\S]*?)(?:```|$)/g;

/** Lines of a stack trace or a log pasted without a fence: Python frames (with the code line under each), JVM frames, timestamped log lines. */
const TRACE_LINE =
  /^(?:[ \t]*Traceback \(most recent call last\):|[ \t]+File "[^"\n]*", line \d+.*(?:\n[ \t]{4,}\S.*)?|[ \t]+at [\w$<>/]+(?:\.[\w$<>/]+)+ ?\(.*\)[ \t]*|[ \t]*\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}.*)$/gm;

/** An error or exception message line: `RuntimeError: CUDA out of memory`, `ERROR: no matching distribution`, `"errorMessage": "…"`. */
const ERROR_LINE = /^\s*(?:[\w.]*(?:Error|Exception)\b[^\n]*:|(?:error|fatal)\b[:\s])|["']error(?:message)?["']\s*:/i;

/** The last error lines of what was pasted stay with the prose: "My training script crashes: ```…CUDA out of memory```". */
const MAX_ERRORS = 2;

/** Less than this read ("see below:" and a snippet without an error): the message stays as it was. */
const MIN_WORDS = 3;

/** The question's prose without what was pasted into it; the text as it was when it has nothing pasted. */
export function withoutPastedCode(text: string): string {
  const errors: string[] = [];
  const prose = text
    .replace(FENCED, (_block, body: string) => {
      for (const line of body.split('\n')) if (ERROR_LINE.test(line)) errors.push(line.trim().slice(0, 200));
      return '\n';
    })
    .replace(TRACE_LINE, (line) => {
      if (ERROR_LINE.test(line)) errors.push(line.trim().slice(0, 200));
      return '';
    });
  if (prose === text) return text;
  const read = `${prose.trim()}\n${errors.slice(-MAX_ERRORS).join('\n')}`.trim();
  return wordCount(read) >= MIN_WORDS ? read : text;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
