/**
 * Child process of `scripts/bench.ts`: one `attributeText` call on `megabytes` MB of news-like
 * text, as many paragraphs or as one. A child, so the parent can stop a run that takes too
 * long and a crash (out of memory, say) is reported rather than fatal. Prints one JSON line.
 *
 *   node --import tsx scripts/lib/bench-hostile.ts <many|giant> <megabytes>
 */
import { attributeText } from '../../src/index.js'
import { loadCorpus, newsText } from './bench-corpus.js'

const shape = process.argv[2] === 'giant' ? 'giant' : 'many'
const megabytes = Number(process.argv[3] ?? 1)
const text = newsText(loadCorpus().articles, megabytes, shape)
const bytes = Buffer.byteLength(text)
const start = performance.now()
const result = attributeText(text)
const seconds = (performance.now() - start) / 1000
const attributed = result.quotes.filter((quote) => quote.speaker).length
process.stdout.write(
  `${JSON.stringify({ shape, bytes, seconds, quotes: result.quotes.length, attributed })}\n`,
)
