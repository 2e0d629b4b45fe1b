import { lintKnowledge } from '../../../src/knowledge/lint-knowledge.js';
import { loadKnowledge } from '../../../src/knowledge/load-knowledge.js';
import { cliLogger } from '../cli-logger.js';
import { cacheDir, cachedIndex } from '../index-cache.js';

/** `kb check`: lints the knowledge in `dir`, writes each finding and a verdict to `out`; 1 when there are errors. */
export async function checkPack(dir: string, out: NodeJS.WritableStream, env: NodeJS.ProcessEnv): Promise<number> {
  // The trained index comes from the same cache as `ask` (trained and saved when the knowledge changed).
  const index = await cachedIndex(await loadKnowledge(dir), cacheDir(env), cliLogger(env));
  const findings = lintKnowledge(index, new Date());
  for (const f of findings) out.write(`${f.level}: ${f.file}: ${f.field}: ${f.message}\n`);
  const errors = findings.filter((f) => f.level === 'error').length;
  const k = index.knowledge;
  out.write(
    `${errors ? 'FAILED' : 'OK'}: ${k.painPoints.length} pain points, ${k.entries.length} entries, ${k.smalltalk.length} smalltalk intents, ${k.tools.length} tools, ` +
      `${k.outOfScope.reduce((n, o) => n + o.examples.length, 0)} out-of-scope examples; ${errors} errors, ${findings.length - errors} warnings\n`,
  );
  return errors ? 1 : 0;
}
