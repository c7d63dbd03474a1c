/**
 * Reading an array at an index that may run off either end.
 *
 * The readers look at the words before a position (`tokens[first - 1]`, `found[found.length -
 * 1]`), and at a paragraph's first word that index is -1. V8 reads an array past its end as
 * fast as inside it, but a negative index is no element: it looks the key `-1` up as a
 * property, along the prototype chain, in the runtime, and marks the read's site megamorphic,
 * so that every later read there, in bounds or not, goes through the generic stub. On PolNeAR
 * train that was about one speaker-stage sample in twenty.
 *
 * Past the end costs less but still costs: code compiled while a read had only been in bounds
 * is thrown away the first time it reads past the end (`tokens[index + 1]` at a paragraph's
 * last word), and the function is compiled again. A read that checks the length first never
 * leaves the array.
 */

/**
 * The item at `index`, or `undefined` when `index` is outside the array (as `items[index]`
 * gives, but without the property lookup a negative index costs or the recompilation a read
 * past the end may cost).
 *
 * @param items The array.
 * @param index Any index; past either end gives `undefined`.
 */
export function itemAt<T>(items: readonly T[], index: number): T | undefined {
  return index >= 0 && index < items.length ? items[index] : undefined
}
