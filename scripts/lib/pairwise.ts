/** Pairwise clustering scores: how many same-cluster pairs are right, missed or wrong. */
export interface PairwiseScores {
  /** Share of predicted same-cluster pairs that are gold same-cluster pairs (1 when none). */
  precision: number
  /** Share of gold same-cluster pairs that are predicted (1 when none). */
  recall: number
  /** Harmonic mean of precision and recall. */
  f1: number
  /** Pairs together in both. */
  truePositives: number
  /** Pairs predicted together but apart in gold. */
  falsePositives: number
  /** Pairs together in gold but predicted apart. */
  falseNegatives: number
}

/**
 * Score a clustering against gold over every unordered pair of items present in both maps
 * (item → cluster label), leaving out pairs for which `skip(a, b)` is true.
 */
export function pairwiseScores(
  predicted: Map<string, string>,
  gold: Map<string, string>,
  skip: (a: string, b: string) => boolean,
): PairwiseScores {
  const items = [...gold.keys()].filter((item) => predicted.has(item))
  let truePositives = 0
  let falsePositives = 0
  let falseNegatives = 0
  for (let i = 0; i < items.length; i++) {
    const a = items[i] as string
    for (let j = i + 1; j < items.length; j++) {
      const b = items[j] as string
      if (skip(a, b)) continue
      const inGold = gold.get(a) === gold.get(b)
      const inPredicted = predicted.get(a) === predicted.get(b)
      if (inGold && inPredicted) truePositives++
      else if (inPredicted) falsePositives++
      else if (inGold) falseNegatives++
    }
  }
  return prf(truePositives, falsePositives, falseNegatives)
}

/** Precision, recall and F1 from counts; 0/0 counts as 1 for precision and recall. */
export function prf(
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): PairwiseScores {
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives)
  const recall =
    truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return { precision, recall, f1, truePositives, falsePositives, falseNegatives }
}
