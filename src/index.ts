export type { AttributeOptions, ParagraphCache, ReadParagraph } from './api/attribute-text.js'
export { attributeText } from './api/attribute-text.js'
export type { Attributor } from './api/attributor.js'
export { createAttributor } from './api/attributor.js'
export type { InputErrorCode } from './api/input-error.js'
export { InvalidInputError } from './api/input-error.js'
export type {
  CorpusCluster,
  CorpusOptions,
  CorpusResult,
  DocumentInput,
} from './api/quote-corpus.js'
export { attributeDocuments, QuoteCorpus } from './api/quote-corpus.js'
export type {
  ClusterInput,
  ClusterMember,
  ClusterOptions,
  ClusterRelation,
  QuoteCluster,
  SerializedClusterIndex,
} from './clusters/index.js'
export { ClusterIndex, clusterQuotes, DuplicateIdError } from './clusters/index.js'
export type { Options as PluginOptions } from './plugin/retext-quote-attribution.js'
// The retext plugin, so that `"plugins": ["quote-attribution"]` works in a unified-engine config.
export { default } from './plugin/retext-quote-attribution.js'
export type {
  AttributionMethod,
  DocumentResult,
  Point,
  Position,
  Quote,
  QuoteSpeaker,
  ResultWarning,
  Span,
  Speaker,
  SpeakerKind,
  WarningCode,
} from './types.js'
