import { z } from 'zod';
import { sourceLinkSchema } from '../reply.js';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9 and single dashes)')
  .max(60);
const example = z.string().trim().min(2).max(300);

/** One of the pain points teams name. The body is the advice in short. */
export const painPointSchema = z.object({
  kind: z.literal('pain-point'),
  id,
  title: z.string().min(3).max(80),
  /** The customer's own words, as teams say it. */
  customerWords: z.string().min(3),
  /** Position in the topic menu. */
  order: z.number().int().min(0),
  /** A short label for buttons. */
  label: z.string().min(2).max(40),
  examples: z.array(example).default([]),
  links: z.array(sourceLinkSchema).default([]),
});

/** A knowledge entry: one question area and its answer (the Markdown body). */
export const entrySchema = z.object({
  kind: z.literal('entry'),
  id,
  painPoint: id,
  title: z.string().min(3).max(100),
  /** Questions as people ask them; the matcher learns from these. */
  examples: z.array(example).min(3),
  /** Words and short phrases that point at this entry (names of services, figures, synonyms). */
  keywords: z.array(z.string().trim().min(2).max(60)).default([]),
  links: z.array(sourceLinkSchema).default([]),
  related: z.array(id).default([]),
  reviewed: z.coerce.date(),
  /**
   * The entry restates the 2018 seed document (its services, prices and advice as of then). It answers a question
   * that asks for it, but a modern question it only seems near is better served by another near entry.
   */
  seed: z.boolean().optional(),
});

/** A smalltalk intent (greeting, thanks, help…): the body is the answer, followed by the topic menu. */
export const smalltalkSchema = z.object({
  kind: z.literal('smalltalk'),
  id,
  examples: z.array(example).min(3),
});

/** Questions the advisor must not answer: they teach the matcher what out of scope looks like. */
export const outOfScopeSchema = z.object({
  kind: z.literal('out-of-scope'),
  id,
  examples: z.array(example).min(1),
});

/**
 * A tool people name in their questions (vLLM, MLflow, SageMaker Ground Truth…): where its own documentation and
 * maintainers are. When the advisor has no specific answer to a question that names it, it points there. The body
 * says in one sentence what the tool is.
 */
export const toolSchema = z.object({
  kind: z.literal('tool'),
  id,
  name: z.string().min(2).max(60),
  /**
   * How people write its name, matched as whole words. All lower case: any case ("vllm" finds vLLM). With a capital
   * letter: that exact case, for names that are also ordinary words ("Ray", "Feast").
   */
  aliases: z.array(z.string().trim().min(2).max(60)).min(1),
  /** Its documentation first, then where its maintainers or community answer questions. */
  links: z.array(sourceLinkSchema).min(1).max(3),
  reviewed: z.coerce.date(),
});

export const frontMatterSchema = z.discriminatedUnion('kind', [
  painPointSchema,
  entrySchema,
  smalltalkSchema,
  outOfScopeSchema,
  toolSchema,
]);

/** `pack.yaml`: the pack's name and the confidence thresholds calibrated for it. */
export const packSchema = z.object({
  name: z.string().min(1),
  description: z.string().optional(),
  thresholds: z
    .object({
      /** Below this confidence the advisor answers `fallback`. */
      answer: z.number().min(0).max(1),
      /** When the top two pain points are closer than this (and the top is unsure), answer `clarify`. */
      clarifyMargin: z.number().min(0).max(1),
      /**
       * Below this confidence in the best entry (`entryConfidence`; 0 when absent), the entry is not trusted: the
       * advisor answers at the pain-point level, says there is no specific answer yet, and records a knowledge gap.
       */
      entry: z.number().min(0).max(1).optional(),
      /**
       * From this entry confidence up to `entry`, the "no specific answer yet" reply also shows the best entry's
       * answer as the closest answer to a related question. Absent: it only lists the nearest entries.
       */
      closest: z.number().min(0).max(1).optional(),
      /**
       * How many times the best pain point's score the out-of-scope share must reach for a decline (absent: 1, any
       * excess declines). Above 1, a question whose weight leans out of scope only a little is still answered when
       * its best pain point clears `answer`. `kb calibrate` picks it with the answer threshold.
       */
      outOfScopeRatio: z.number().min(1).max(4).optional(),
    })
    .optional(),
  /**
   * Every entry must name a source (`kb check` fails without one). `kb import` turns it off: its entries are
   * intents learned from labelled lines, not advice whose facts need a source.
   */
  requireSources: z.boolean().default(true),
  /** How the thresholds were last chosen (`kb calibrate` / `kb import --val` write it; informational). */
  calibration: z
    .object({
      /** `accuracy`, `balanced` or `oos-recall=<x>`. */
      objective: z.string(),
      /** False when the pack answers once per question, never "did you mean…". */
      clarify: z.boolean(),
      /** The figures on the validation lines at the chosen thresholds. */
      validation: z.object({
        inScope: z.number(),
        outOfScope: z.number(),
        inScopeLines: z.number().int(),
        outOfScopeLines: z.number().int(),
      }),
      date: z.string(),
    })
    .optional(),
  /** How the matcher reads text for this pack. */
  matcher: z
    .object({
      /**
       * Single function words ("i", "we", "can") as features: right for short requests, wrong for long questions
       * where they only carry the writer's style (default true).
       */
      functionWords: z.boolean().optional(),
      /**
       * How much pretrained word vectors weigh beside the words, word pairs and character n-grams (absent: not
       * used). Needs `word-vectors.bin` in the pack's folder; `kb import --vectors` puts it there. Helps packs of
       * short everyday requests whose examples cannot share every word; measure before keeping it.
       */
      vectors: z.number().positive().max(4).optional(),
      /**
       * How far training evens out the classes' sizes: each example weighs (mean class size / its class size) ^
       * this, so 0 keeps the sizes as written and 1 gives every class (each pain point, each out-of-scope file) the
       * same total weight (default 0.5). A pain point with twice the examples of another otherwise wins its
       * doubtful questions by size alone.
       */
      classBalance: z.number().min(0).max(2).optional(),
    })
    .optional(),
});

export type PainPointMeta = z.infer<typeof painPointSchema>;
export type EntryMeta = z.infer<typeof entrySchema>;
export type SmalltalkMeta = z.infer<typeof smalltalkSchema>;
export type OutOfScopeMeta = z.infer<typeof outOfScopeSchema>;
export type ToolMeta = z.infer<typeof toolSchema>;
export type Pack = z.infer<typeof packSchema>;

export type PainPoint = PainPointMeta & { body: string; file: string };
export type Entry = EntryMeta & { body: string; file: string };
export type Smalltalk = SmalltalkMeta & { body: string; file: string };
export type OutOfScope = OutOfScopeMeta & { file: string };
export type Tool = ToolMeta & { body: string; file: string };

export interface Knowledge {
  pack: Pack;
  painPoints: PainPoint[];
  entries: Entry[];
  smalltalk: Smalltalk[];
  outOfScope: OutOfScope[];
  /** Tools people name, and where their own documentation is (see `toolSchema`). */
  tools: Tool[];
  /** The bytes of the pack's `word-vectors.bin`, when its matcher uses word vectors. */
  wordVectors?: Uint8Array;
}
