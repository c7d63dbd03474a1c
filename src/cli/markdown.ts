import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import retextQuoteAttribution from '../plugin/retext-quote-attribution.js'
import type { DocumentResult } from '../types.js'

// One frozen parser for the run: building a processor per file is work done once per file.
const parser = unified().use(remarkParse).freeze()

/**
 * Read a Markdown document as the retext plugin's Markdown mode does (remark-parse, then the
 * plugin on the mdast tree): places point into the Markdown source, a paragraph wrapped over
 * several lines is read whole, and code, HTML and front matter are not read at all.
 *
 * @param text The Markdown source.
 * @param id Its document id.
 */
export function attributeMarkdown(text: string, id: string): DocumentResult {
  const file = new VFile({ value: text })
  retextQuoteAttribution({ id })(parser.parse(file), file)
  return file.data.quoteAttribution as DocumentResult
}
