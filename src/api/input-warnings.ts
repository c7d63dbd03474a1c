import type { ResultWarning } from '../types.js'

const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
// Control characters and surrogates in one class: most texts hold neither, and a single scan
// says so before the two checks that would each scan the text again.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const suspicious = /[\0-\x08\x0b\x0e-\x1f\ud800-\udfff]/

/**
 * Warnings about a text as a whole: empty, binary-looking, or holding lone surrogates. The
 * text is still read; these say why the result may be thin.
 *
 * @param text The input.
 */
export function inputWarnings(text: string): ResultWarning[] {
  const warnings: ResultWarning[] = []
  if (text.trim() === '') {
    warnings.push({
      code: 'empty-input',
      message: 'The text is empty or blank',
      start: null,
      end: null,
    })
    return warnings
  }
  if (!suspicious.test(text)) return warnings
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text
  const controls = countControls(sample)
  if (controls > 0 && controls / sample.length > 0.01) {
    warnings.push({
      code: 'binary-input',
      message: 'The text holds many control characters: it may be a binary file',
      start: null,
      end: null,
    })
  }
  const surrogate = loneSurrogate.exec(text)
  if (surrogate) {
    warnings.push({
      code: 'lone-surrogate',
      message: 'The text holds a lone UTF-16 surrogate (broken encoding)',
      start: surrogate.index,
      end: surrogate.index + 1,
    })
  }
  return warnings
}

// C0 control characters other than tab, line feed, form feed and carriage return.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const control = /[\0-\x08\x0b\x0e-\x1f]/

function countControls(text: string): number {
  // Text rarely holds any: the regex engine says so faster than a loop over every character.
  if (!control.test(text)) return 0
  let count = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) count++
  }
  return count
}
