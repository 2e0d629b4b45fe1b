import { Featurizer, defaultFeatureWeights, type FeatureWeights } from './featurizer.js';
import { quantizeModel, type QuantizedModel } from './quantized-model.js';
import { quantizedPredictor, type QuantizedPredictor } from './quantized-predictor.js';
import { defaultTrainOptions, trainSoftmax, type TrainOptions } from './softmax-model.js';
import type { SparseVector } from './sparse-vector.js';

export interface LabelledText {
  text: string;
  label: string;
  /** How much this example counts in training (default 1). */
  weight?: number;
}

export interface ClassifierOptions {
  features: FeatureWeights;
  train: TrainOptions;
  /**
   * Class balancing: each example weighs (mean class size / its class size) ^ balance, so 0 is none, 1 gives
   * every class the same total weight, and 0.5 is in between.
   */
  balance: number;
  /**
   * How many models, trained with consecutive seeds, whose probabilities are averaged. On small packs SGD's
   * result depends on the example order; averaging a few cuts that variance for a few hundred ms.
   */
  ensemble: number;
}

export const defaultClassifierOptions: ClassifierOptions = {
  features: defaultFeatureWeights,
  train: defaultTrainOptions,
  balance: 0.5,
  ensemble: 1,
};

/**
 * A softmax regression over a (possibly shared) featurizer's vectors: train once, then predict label
 * probabilities for a text or for a vector already computed.
 */
export class TextClassifier {
  private readonly probs: Float64Array;
  private readonly scratch: Float64Array;
  private readonly predictors: readonly QuantizedPredictor[];

  constructor(
    readonly labels: readonly string[],
    readonly featurizer: Featurizer,
    models: readonly QuantizedModel[],
  ) {
    this.probs = new Float64Array(labels.length);
    this.scratch = new Float64Array(labels.length);
    this.predictors = models.map(quantizedPredictor);
  }

  /** The models (their weights where the predictors read them). */
  get models(): QuantizedModel[] {
    return this.predictors.map((p) => p.model);
  }

  /** Trains on `examples`; fits a new featurizer unless a fitted one is given. */
  static train(
    examples: readonly LabelledText[],
    options: Partial<ClassifierOptions> = {},
    shared?: { featurizer: Featurizer; vectors: Map<string, SparseVector> },
  ): TextClassifier {
    const opts = { ...defaultClassifierOptions, ...options };
    const labels = [...new Set(examples.map((e) => e.label))];
    const labelIndex = new Map(labels.map((l, i) => [l, i]));
    const featurizer = shared?.featurizer ?? new Featurizer(opts.features);
    const xs = shared
      ? examples.map((e) => shared.vectors.get(e.text) ?? featurizer.transform(e.text, false))
      : featurizer.fit(examples.map((e) => e.text));
    const ys = examples.map((e) => labelIndex.get(e.label) ?? 0);
    const perClass = new Map<string, number>();
    for (const e of examples) perClass.set(e.label, (perClass.get(e.label) ?? 0) + (e.weight ?? 1));
    const mean = examples.reduce((s, e) => s + (e.weight ?? 1), 0) / labels.length;
    const weights = examples.map(
      (e) => (e.weight ?? 1) * (mean / (perClass.get(e.label) ?? mean)) ** opts.balance,
    );
    const shape = { classes: labels.length, features: featurizer.size };
    const models = Array.from({ length: Math.max(1, opts.ensemble) }, (_, i) =>
      quantizeModel(trainSoftmax(xs, ys, weights, shape, { ...opts.train, seed: opts.train.seed + i })),
    );
    return new TextClassifier(labels, featurizer, models);
  }

  /** Probabilities aligned with `labels`. The array is reused: copy it to keep it past the next call. */
  predict(text: string): Float64Array {
    return this.predictVector(this.featurizer.transform(text));
  }

  predictVector(x: SparseVector): Float64Array {
    const [first, ...rest] = this.predictors;
    if (!first) return this.probs.fill(0);
    first.predict(x, this.probs);
    if (rest.length === 0) return this.probs;
    for (const p of rest) {
      p.predict(x, this.scratch);
      for (let c = 0; c < this.probs.length; c++) this.probs[c]! += this.scratch[c]!;
    }
    for (let c = 0; c < this.probs.length; c++) this.probs[c]! /= this.predictors.length;
    return this.probs;
  }
}
