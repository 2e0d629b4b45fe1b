// The `ml-advisor` command as an ESM bundle (dist/bundle/), built from the compiled dist/ by `npm run build`.
// Node resolves, reads and links each ES module on its own: the CLI's ~150 modules (zod's and ours) cost a cold
// `ml-advisor ask` ~60 ms of its ~0.4 s. Packages other than zod stay external: they are loaded from
// node_modules as before (native better-sqlite3, the platform SDKs, natural's CommonJS). The bin, `npm start` and
// the Docker image run the bundle; the tests run dist/, and test/adapters/cli/bundle.test.ts checks that the two
// answer alike.
import { writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'rolldown';

const dist = path.resolve('dist');
const bundled = (id) => id === 'zod' || id.startsWith('zod/');
const isPackage = (id) => /^[@a-z]/i.test(id) && !id.startsWith('node:');

export default defineConfig({
  input: path.join(dist, 'adapters', 'cli', 'main.js'),
  platform: 'node',
  external: (id) => id.startsWith('node:') || builtinModules.includes(id) || (isPackage(id) && !bundled(id)),
  output: { dir: path.join(dist, 'bundle'), cleanDir: true, format: 'esm', entryFileNames: 'ml-advisor.js', chunkFileNames: '[name]-[hash].js' },
  plugins: [
    {
      // The index cache is keyed by the compiled matcher's code (adapters/cli/code-hash.ts), which the bundle
      // cannot hash from inside itself: it carries the hashes of the code it was built from, so the bundle and
      // dist/ share one cache entry.
      name: 'code-hash-stamp',
      async writeBundle() {
        const { codeHash } = await import(pathToFileURL(path.join(dist, 'adapters', 'cli', 'code-hash.js')).href);
        const stamp = { match: codeHash('match'), knowledge: codeHash('knowledge') };
        writeFileSync(path.join(dist, 'bundle', 'code-hash.json'), `${JSON.stringify(stamp)}\n`);
      },
    },
  ],
});
