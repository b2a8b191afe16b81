/**
 * The logistic regression both statistical readings are trained with (secondReadingTraining.ts,
 * sentenceReadingTraining.ts): stochastic gradient descent over the examples in order, from zero
 * weights, so the same data gives the same model and a committed model can be checked against a
 * fresh run. An example is the indexes of its features and whether it is positive.
 */
export interface Example {
  readonly features: readonly number[];
  readonly positive: boolean;
}

export interface TrainingSettings {
  readonly epochs: number;
  /** The learning rate of an epoch (0-based). */
  readonly rate: (epoch: number) => number;
  /** L2 penalty on the weights. */
  readonly l2: number;
  /** How much a positive example weighs against a negative one (rare positives). */
  readonly positiveWeight: number;
}

export interface Weights {
  readonly bias: number;
  readonly weights: Float64Array;
}

export function trainLogistic(examples: readonly Example[], featureCount: number, settings: TrainingSettings): Weights {
  const weights = new Float64Array(featureCount);
  let bias = 0;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const rate = settings.rate(epoch);
    for (const example of examples) {
      let score = bias;
      for (const index of example.features) score += weights[index] as number;
      const weight = example.positive ? settings.positiveWeight : 1;
      const gradient = weight * (1 / (1 + Math.exp(-score)) - (example.positive ? 1 : 0));
      bias -= rate * gradient;
      for (const index of example.features) weights[index] = (weights[index] as number) - rate * (gradient + settings.l2 * (weights[index] as number));
    }
  }
  return { bias, weights };
}

/** The model's probability that the example is positive. */
export function positiveProbability(model: Weights, example: Example): number {
  let score = model.bias;
  for (const index of example.features) score += model.weights[index] as number;
  return 1 / (1 + Math.exp(-score));
}
