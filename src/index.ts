export type { AttributeOptions } from './api/attribute-text.js'
export { attributeText } from './api/attribute-text.js'
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
