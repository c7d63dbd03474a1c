import * as util from 'node:util'

/** Colours and weights the report uses. */
export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan'

/** Applies a style to some text, or leaves it as it is. */
export type Styler = (style: Style, text: string) => string

type StyleText = (format: Style, text: string) => string

/**
 * Whether output to this stream gets colour: on a terminal, unless `NO_COLOR` is set to
 * anything but the empty string (https://no-color.org); `FORCE_COLOR` (not `0`) asks for it
 * anywhere.
 *
 * @param stream Where the output goes.
 * @param env The environment.
 */
export function wantsColour(
  stream: { isTTY?: boolean | undefined },
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR) return false
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true
  return stream.isTTY === true
}

/**
 * A styler: Node's `util.styleText` (Node 20.12 and later) when colour is wanted, else plain.
 *
 * @param colour Whether to colour.
 */
export function createStyler(colour: boolean): Styler {
  const styleText = (util as { styleText?: StyleText }).styleText
  if (!colour || !styleText) return (_style, text) => text
  return (style, text) => styleText(style, text)
}
