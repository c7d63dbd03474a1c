export type { AttributeOptions, ParagraphCache } from './api/attribute-text.js'
export { attributeText } from './api/attribute-text.js'
export type { Attributor } from './api/attributor.js'
export { createAttributor } from './api/attributor.js'
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
export { cueCount, cueForms } from './lexicon/speech-cues.js'
export type { QuotedParagraph } from './quotes/quoted-paragraph.js'
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
