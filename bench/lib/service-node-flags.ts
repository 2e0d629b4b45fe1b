import { z } from 'zod';

const packageJson = z.object({ scripts: z.object({ start: z.string() }) });

/**
 * The Node flags `npm start` runs the service with (the Dockerfile's CMD uses the same): the benchmarks measure the
 * answering process with them, as it runs in production.
 */
export function serviceNodeFlags(packageJsonText: string): string[] {
  const { start } = packageJson.parse(JSON.parse(packageJsonText)).scripts;
  const words = start.trim().split(/\s+/);
  if (words[0] !== 'node') throw new Error(`npm start does not run node directly: ${start}`);
  const entry = words.findIndex((word, i) => i > 0 && !word.startsWith('-'));
  return words.slice(1, entry < 0 ? words.length : entry);
}
