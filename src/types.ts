import type { Position } from 'unist'

export type { Point, Position } from 'unist'

/** A stretch of the input: its text and UTF-16 offsets (`start` inclusive, `end` exclusive). */
export interface Span {
  /** The text, exactly `input.slice(start, end)`. */
  text: string
  /** UTF-16 offset of the first code unit. */
  start: number
  /** UTF-16 offset just past the last code unit. */
  end: number
}

/** What a speaker is: a named person, a named organization, or a source the text does not name. */
export type SpeakerKind = 'person' | 'organization' | 'anonymous'

/**
 * How a quote got its speaker, in the terms of the annotation rules:
 * a cue with a named speaker (`explicit`), a pronoun or description resolved to one
 * (`pronoun`, `description`), a colon or headline form (`colon`, `headline`), `according to X`
 * (`according-to`), a quote carried on from the one before (`continuation`), or none.
 */
export type AttributionMethod =
  | 'explicit'
  | 'colon'
  | 'headline'
  | 'according-to'
  | 'pronoun'
  | 'description'
  | 'continuation'
  | 'unattributed'

/** A speaker as it stands on one quote: who, and the words in the text that point at them. */
export interface QuoteSpeaker {
  /** Stable id: the same person keeps it across the documents of one run. */
  id: string
  /** Canonical name: the fullest form of the name in the text, titles kept apart. */
  name: string
  /** Person, organization or anonymous source. */
  kind: SpeakerKind
  /** The span that attributes this quote: the `he` of `he added`, the `Doe` of `Doe said`. */
  mention: Span
}

/** One direct quote found in a text. */
export interface Quote {
  /** Id unique within a run: `<document id>#<index>` (or `q<index>` for a lone text). */
  id: string
  /** The words between the marks, marks excluded, punctuation inside the marks kept. */
  text: string
  /** UTF-16 offset of `text` in the input. */
  start: number
  /** UTF-16 offset just past `text`. */
  end: number
  /** unist position of `text` (1-based line and column, 0-based offset). */
  position: Position
  /** The opening mark. */
  open: string
  /** The closing mark, or `null` when the quote runs to the end of its paragraph. */
  close: string | null
  /** 0 for a top-level quote, 1 for a quote inside it, and so on. */
  depth: number
  /** Id of the quote this one sits inside, if it is nested. */
  parent: string | null
  /** True when the quote continues a multi-paragraph quote begun in an earlier paragraph. */
  continued: boolean
  /** Who said it, or `null` when the text names no one. */
  speaker: QuoteSpeaker | null
  /** The speech cue (`said`, `told`, `described … as`), if there is one. */
  cue: Span | null
  /** How the speaker was found. */
  method: AttributionMethod
  /** Id of the sieve rule that made the attribution (`quote-comma-speaker-cue`, …). */
  rule: string | null
  /** Confidence in the attribution, in [0, 1]; 0 when there is no speaker. */
  confidence: number
}

/** A speaker of a text or a run: one entity with every spelling it appeared under. */
export interface Speaker {
  /** Stable id (see {@link QuoteSpeaker.id}). */
  id: string
  /** Canonical name. */
  name: string
  /** Person, organization or anonymous source. */
  kind: SpeakerKind
  /** Every form of the name seen, canonical name included. */
  aliases: string[]
  /** Titles seen before the name (`Secretary of State`), kept apart from it. */
  titles: string[]
}

/** Codes of the warnings a result can carry. */
export type WarningCode =
  | 'unclosed-quote'
  | 'stray-closing-mark'
  | 'binary-input'
  | 'lone-surrogate'
  | 'empty-input'

/** Something the library noticed about its input and could not fully make sense of. */
export interface ResultWarning {
  /** Machine-readable code. */
  code: WarningCode
  /** A sentence for people. */
  message: string
  /** Where in the input, if it has a place. */
  start: number | null
  /** End of that place. */
  end: number | null
}

/** Everything found in one text. */
export interface DocumentResult {
  /** The document's id (its path for the CLI). */
  id: string
  /** Quotes in reading order; a nested quote follows the quote that contains it. */
  quotes: Quote[]
  /** The speakers of this text. */
  speakers: Speaker[]
  /** What could not be fully read. */
  warnings: ResultWarning[]
}
