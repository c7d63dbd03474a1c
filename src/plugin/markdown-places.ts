import type { Node } from 'unist'
import type { AttributeOptions } from '../api/attribute-text.js'
import { attributeText } from '../api/attribute-text.js'
import type { DocumentResult } from '../types.js'
import { placeResult } from './place-result.js'

/** Prose read out of a Markdown tree, with the way back to the Markdown source. */
export interface PlacedText {
  /** The prose: one block (paragraph, heading, table cell) per line, markup and code left out. */
  text: string
  /**
   * The offset in the Markdown source of an offset in `text`. For the end of a span pass
   * `'end'`: the end of a character reference (`&amp;`) is past its last source character.
   */
  toSource(offset: number, edge: 'start' | 'end'): number
}

// A run of text characters that map one to one onto source characters (`span === length`),
// or one character that stands for several in the source (a reference, a CRLF, a break).
interface Leaf {
  // Offset in the text, and in the source.
  at: number
  from: number
  // Length in the text, and in the source.
  length: number
  span: number
}

// Block nodes that hold a paragraph's worth of text, each read as a paragraph.
const blocks = new Set(['paragraph', 'heading', 'tableCell'])
// Nodes that are not prose: their text would only make quotes out of code and markup.
const skipped = new Set([
  'code',
  'html',
  'yaml',
  'toml',
  'math',
  'inlineMath',
  'image',
  'imageReference',
  'definition',
])
// ASCII punctuation, which a backslash escapes.
const punctuation = /^[!-/:-@[-`{-~]$/
// A character reference (`&amp;`, `&#8220;`): one character in a text node, several in the source.
const reference = /^&(?:#\d{1,7}|#[xX][\da-fA-F]{1,6}|[a-zA-Z][a-zA-Z\d]{1,31});/

/**
 * Read a Markdown (mdast) tree, as `remark-parse` makes it, as the plain text the library
 * reads, keeping where each character came from.
 *
 * Text node values drop markup the source has (escapes, character references, the `>` and
 * indentation of a container's later lines, blanks before a line ending), so each value is
 * aligned with its source. A paragraph wrapped over several lines is one paragraph: its line
 * endings (`\n`, `\r\n` or `\r`) become one space each. Inline code is read as written.
 *
 * @param tree The mdast root, with positions.
 * @param source The Markdown the tree was parsed from.
 * @returns The text and a map back to `source`.
 */
export function markdownToText(tree: Node, source: string): PlacedText {
  const out = new Output()
  const visit = (node: Node): void => {
    if (skipped.has(node.type)) return
    if (blocks.has(node.type) && out.length > 0) out.add('\n\n', null, 0)
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (node.type === 'break') {
      // A hard break (`  \n` or `\\\n`) is a space, standing for the whole break.
      out.add(' ', start ?? null, start !== undefined && end !== undefined ? end - start : 1)
      return
    }
    if (node.type === 'inlineCode' && start !== undefined && end !== undefined) {
      const raw = source.slice(start, end)
      align(raw, raw, start, out)
      return
    }
    const value = (node as Node & { value?: unknown }).value
    if (typeof value === 'string') {
      if (start === undefined || end === undefined) out.add(flatLines(value), null, 0)
      else align(value, source.slice(start, end), start, out)
      return
    }
    for (const child of (node as Node & { children?: Node[] }).children ?? []) visit(child)
  }
  visit(tree)
  const leaves = out.leaves
  return {
    text: out.parts.join(''),
    toSource: (offset, edge) => mapOffset(leaves, offset, edge, source.length),
  }
}

/** The text being built, and its leaves. */
class Output {
  readonly parts: string[] = []
  readonly leaves: Leaf[] = []
  length = 0

  /** Add `value`, from `from` in the source (spanning `span` there), or from nowhere. */
  add(value: string, from: number | null, span: number): void {
    if (from !== null) {
      const last = this.leaves[this.leaves.length - 1]
      const oneToOne = span === value.length
      // Extend the last run when this one follows on, in the text and in the source.
      if (
        oneToOne &&
        last &&
        last.span === last.length &&
        last.at + last.length === this.length &&
        last.from + last.span === from
      ) {
        last.length += value.length
        last.span += span
      } else {
        this.leaves.push({ at: this.length, from, length: value.length, span })
      }
    }
    this.parts.push(value)
    this.length += value.length
  }
}

function flatLines(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ')
}

/**
 * Add a text node's value, each character placed on its source: past the backslash of an
 * escape, a character reference read as the character it stands for, and after a line ending
 * past the blanks and `>` markers that begin the next line of a container.
 */
function align(value: string, source: string, from: number, out: Output): void {
  let cursor = 0
  for (let index = 0; index < value.length; index++) {
    const char = value.charAt(index)
    if (char === '\n' || char === '\r') {
      // Blanks before a line ending are not in the value.
      let at = cursor
      while (source.charAt(at) === ' ' || source.charAt(at) === '\t') at++
      const crlf = char === '\r' && value.charAt(index + 1) === '\n'
      if (crlf) index++
      const width = source.startsWith('\r\n', at) ? 2 : 1
      out.add(' ', from + Math.min(at, source.length), width)
      cursor = skipLinePrefix(source, at + width, value.charAt(index + 1))
      continue
    }
    if (
      source.charAt(cursor) === '\\' &&
      source.charAt(cursor + 1) === char &&
      punctuation.test(char)
    ) {
      out.add(char, from + cursor + 1, 1)
      cursor += 2
      continue
    }
    const named =
      source.charAt(cursor) === '&' ? reference.exec(source.slice(cursor, cursor + 40)) : null
    if (named && value.slice(index, index + named[0].length) !== named[0]) {
      // A reference the parser decoded (one it does not know stays as written in the value);
      // a character outside the BMP is two code units.
      const code = value.charCodeAt(index)
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1
      out.add(value.slice(index, index + width), from + cursor, named[0].length)
      index += width - 1
      cursor += named[0].length
      continue
    }
    // A character as written (or, should the source disagree, placed where the source is).
    out.add(char, from + Math.min(cursor, source.length), 1)
    cursor++
  }
}

// Past the blanks and `>` markers at the start of a container's later line, which the value
// leaves out (it never starts a continuation line with a blank). Only as far as `next` when
// that is itself a blank or a `>`.
function skipLinePrefix(source: string, at: number, next: string): number {
  const literal = next === ' ' || next === '\t' || next === '>'
  let index = at
  while (index < source.length) {
    const char = source.charAt(index)
    if (char !== ' ' && char !== '\t' && char !== '>') break
    if (literal && char === next) break
    index++
  }
  return index
}

function mapOffset(
  leaves: readonly Leaf[],
  offset: number,
  edge: 'start' | 'end',
  sourceLength: number,
): number {
  if (leaves.length === 0) return Math.min(offset, sourceLength)
  // The leaf holding the offset (for an end, the leaf holding the character before it).
  const target = edge === 'end' ? offset - 1 : offset
  let low = 0
  let high = leaves.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((leaves[middle] as Leaf).at <= target) low = middle
    else high = middle - 1
  }
  const leaf = leaves[low] as Leaf
  if (leaf.span !== leaf.length) {
    // One character standing for several source characters: all of them, or none.
    return edge === 'start' ? leaf.from : leaf.from + leaf.span
  }
  const inside = Math.min(Math.max(target - leaf.at, 0), Math.max(leaf.length - 1, 0))
  return edge === 'start' ? leaf.from + inside : leaf.from + inside + 1
}

/**
 * Find quotes and speakers in a Markdown tree, placed in its Markdown source: what the retext
 * plugin does with an mdast tree, for callers without a unified pipeline (the CLI).
 *
 * @param tree The mdast root from `remark-parse`, with positions.
 * @param source The Markdown it was parsed from.
 * @param options Document id.
 * @returns The result, offsets and positions in `source`, texts as read.
 */
export function attributeMarkdown(
  tree: Node,
  source: string,
  options?: Readonly<Pick<AttributeOptions, 'id'>> | null,
): DocumentResult {
  const placed = markdownToText(tree, source)
  return placeResult(attributeText(placed.text, { id: options?.id }), placed.toSource, source)
}
