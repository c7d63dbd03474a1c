/**
 * A table keyed by words from the text, with no prototype: a word such as `constructor`,
 * `toString` or `__proto__` finds nothing in it, where on a plain object it finds the members
 * every object inherits (and `said Constructor Jane Doe` read a function as a title's roles).
 *
 * @param entries The table's entries.
 */
export function lookupTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries))
}
