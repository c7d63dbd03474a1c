import type { Attribution } from './attribute-speakers.js'
import type { Entity } from './entities.js'

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

/**
 * Give every quote a speaker read as one entity the entity the map gives it instead, once the
 * whole text shows they are one (a headline's `Xu` and the story's `Xu Yutong`; a role that
 * spoke before its name was given). An entity the map gives `null` stays as it is.
 *
 * @param attributions Each paragraph's attributions, changed in place.
 * @param renamed Which entity stands for which.
 */
export function renameSpeakers(
  attributions: (Attribution | null)[][],
  renamed: ReadonlyMap<Entity, Entity | null>,
): void {
  if (renamed.size === 0) return
  for (const row of attributions) {
    row.forEach((attribution, quote) => {
      const entity = attribution && renamed.get(attribution.entity)
      if (attribution && entity) row[quote] = changedAttribution(attribution, { entity })
    })
  }
}
