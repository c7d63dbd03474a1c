export { default } from './plugin/retext-quote-attribution.js'
export type { Options } from './plugin/retext-quote-attribution.js'
