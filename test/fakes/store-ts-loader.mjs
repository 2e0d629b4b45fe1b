// Lets a child process run the project's TypeScript directly (Node 20 has no type stripping and tsx is not a
// dependency): `node --import ./test/fakes/store-ts-loader.mjs some-file.ts`. Test-only.
import { register } from 'node:module';

register('./store-ts-hooks.mjs', import.meta.url);
