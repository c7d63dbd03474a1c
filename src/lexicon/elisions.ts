/**
 * Words that begin with an apostrophe standing for dropped letters (`’em`, `’til`, `’n’`).
 * A mark in front of one of these is an apostrophe, not an opening quote. Lower case,
 * without the apostrophe; decades (`’90s`) are recognised by their digits instead.
 */
export const leadingElisions: ReadonlySet<string> = new Set([
  'em',
  'til',
  'tis',
  'twas',
  'cause',
  'bout',
  'n',
  'round',
  'kay',
  'nother',
  'sup',
  'ya',
  'im',
])
