import type { Attribution } from './attribute-speakers.js'

/**
 * A copy of an attribution with some fields changed, as `{ ...attribution, ...changes }` would
 * give, but built field by field in the order `finish` builds them: every attribution has the
 * same fields in the same order, so the readers that take one stay monomorphic, where a spread
 * gives the copy a shape of its own.
 *
 * @param attribution The attribution to copy.
 * @param changes The fields to change; none is ever `undefined`.
 */
export function changedAttribution(
  attribution: Attribution,
  changes: Partial<Attribution>,
): Attribution {
  return {
    entity: changes.entity ?? attribution.entity,
    mention: changes.mention ?? attribution.mention,
    paragraph: changes.paragraph ?? attribution.paragraph,
    cue: changes.cue ?? attribution.cue,
    method: changes.method ?? attribution.method,
    rule: changes.rule ?? attribution.rule,
    confidence: changes.confidence ?? attribution.confidence,
  }
}
