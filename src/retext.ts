export type { Options } from './plugin/retext-quote-attribution.js'
export { default } from './plugin/retext-quote-attribution.js'
