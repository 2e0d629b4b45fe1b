import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseSince } from '../../report/parse-since.js';

export const suggestUsage = `Usage: ml-advisor kb suggest [--since 30d] [--out DIR | --apply | --patch] [--json] [--knowledge DIR]

Reads the store (DATABASE_URL or SQLITE_PATH) and suggests knowledge changes for a person to review:
new example phrasings for entries, from questions people confirmed there (a pick from "did you mean", 👍, a
follow-up button; never one 👎'd there), and the knowledge gaps ranked by how many people hit them.
Words appear only where at least GAP_MIN_PEOPLE (default 3) different people asked; nobody is named.

  --since <when>  how far back: 30d, 12h, 2w or a date like 2026-01-31 (default 30d)
  --out DIR       write DIR/suggestions.patch (git apply it from the repository) and DIR/suggestions.md
  --apply         write the phrasings into the entries' examples, then run kb check (exit 1 if it fails)
  --patch         print the patch instead of the summary (e.g. | git apply)
  --json          print one JSON object (suggestions, gaps) instead of the Markdown summary
  --knowledge DIR the knowledge pack (default: ML_ADVISOR_KNOWLEDGE, else the shipped one)
Without --out, --apply or --patch, the Markdown summary is printed and nothing is written.
`;

const argsSchema = z
  .object({
    since: z.string().default('30d'),
    out: z.string().trim().min(1, '--out needs a folder').optional(),
    apply: z.boolean().default(false),
    patch: z.boolean().default(false),
    json: z.boolean().default(false),
    knowledge: z.string().trim().min(1, '--knowledge needs a folder').optional(),
    help: z.boolean().default(false),
  })
  .refine((a) => [a.out !== undefined, a.apply, a.patch].filter(Boolean).length <= 1, 'choose one of --out, --apply and --patch')
  .refine((a) => !(a.json && a.patch), 'choose one of --json and --patch: both print to stdout');

export type SuggestArgs = Omit<z.infer<typeof argsSchema>, 'since'> & { since: number };
export type SuggestArgsResult = { ok: true; args: SuggestArgs } | { ok: false; problem: string };

/** The arguments after `kb suggest`, checked; a problem is a sentence to print with the usage. */
export function parseSuggestArgs(argv: readonly string[], now: number): SuggestArgsResult {
  let values: unknown;
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        since: { type: 'string' },
        out: { type: 'string' },
        apply: { type: 'boolean' },
        patch: { type: 'boolean' },
        json: { type: 'boolean' },
        knowledge: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    return { ok: false, problem: (err as Error).message };
  }
  const parsed = argsSchema.safeParse(values);
  if (!parsed.success) return { ok: false, problem: parsed.error.issues.map((i) => i.message).join('; ') };
  const since = parseSince(parsed.data.since, now);
  return since.ok ? { ok: true, args: { ...parsed.data, since: since.since } } : since;
}
