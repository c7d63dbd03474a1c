import type { Speaker } from '../types.js'
import type { Entity } from './entities.js'
import { phraseKey } from './entities.js'
import { slug } from './name-key.js'

/**
 * The id an entity would take: its canonical name as a slug (`jane-doe`), or the words of
 * an anonymous source's phrase (`senior-u-s-official`).
 *
 * @param entity The entity.
 */
export function baseId(entity: Entity): string {
  return slug(entity.kind === 'anonymous' ? phraseKey(entity.name) : entity.name)
}

/**
 * Give each entity an id, numbered apart (`-2`, `-3`) when two would share one.
 *
 * @param entities Entities in the order that decides who keeps the plain id.
 * @param ids Ids already given (added to).
 * @param taken Ids already used (added to).
 */
export function assignIds(
  entities: Iterable<Entity>,
  ids: Map<Entity, string> = new Map(),
  taken: Set<string> = new Set(),
): Map<Entity, string> {
  // Where each base's count goes on from: every number below it is taken, so thousands of
  // entities with one base (`one of the voters`) are not counted up from 2 each time.
  let counts = countsOf.get(taken)
  if (!counts) {
    counts = new Map()
    countsOf.set(taken, counts)
  }
  for (const entity of entities) {
    if (ids.has(entity)) continue
    const base = baseId(entity)
    let id = base
    let n = counts.get(base) ?? 2
    if (taken.has(id)) {
      id = `${base}-${n}`
      while (taken.has(id)) id = `${base}-${++n}`
      counts.set(base, n + 1)
    }
    taken.add(id)
    ids.set(entity, id)
  }
  return ids
}

// Per set of ids taken, the number each base's count goes on from (ids are never given back).
const countsOf = new WeakMap<Set<string>, Map<string, number>>()

/**
 * The public form of an entity that spoke.
 *
 * @param entity The entity.
 * @param id Its id.
 */
export function toSpeaker(entity: Entity, id: string): Speaker {
  return {
    id,
    name: entity.name,
    kind: entity.kind,
    aliases: [...new Set([entity.name, ...entity.aliases])],
    titles: [...entity.titles],
  }
}
