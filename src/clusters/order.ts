/**
 * The order clusters are built in: quote ids compared as text, runs of digits as numbers
 * (`doc#2` before `doc#10`). Built in this order, clusters depend only on the set of quotes,
 * never on the order they arrived in; ids that arrive in this order (numbered documents, a
 * day's files by name) need no rebuild.
 */

/**
 * Compare two quote ids: runs of digits by value, everything else by UTF-16 code unit, and
 * ids equal in that sense (`a1`, `a01`) by code unit, so that the order is total.
 *
 * @returns Negative when `a` comes first, positive when `b` does, 0 when they are equal.
 */
export function compareIds(a: string, b: string): number {
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(j)
    if (isDigit(x) && isDigit(y)) {
      // Leading zeros do not count; then the longer run is the larger number.
      let si = i
      let sj = j
      while (si < a.length && a.charCodeAt(si) === 48) si++
      while (sj < b.length && b.charCodeAt(sj) === 48) sj++
      let ei = si
      let ej = sj
      while (ei < a.length && isDigit(a.charCodeAt(ei))) ei++
      while (ej < b.length && isDigit(b.charCodeAt(ej))) ej++
      if (ei - si !== ej - sj) return ei - si - (ej - sj)
      for (let k = 0; k < ei - si; k++) {
        const d = a.charCodeAt(si + k) - b.charCodeAt(sj + k)
        if (d !== 0) return d
      }
      i = ei
      j = ej
      continue
    }
    if (x !== y) return x - y
    i++
    j++
  }
  if (i < a.length || j < b.length) return i < a.length ? 1 : -1
  return a < b ? -1 : a > b ? 1 : 0
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
