/** Codes of {@link InvalidInputError}. */
export type InputErrorCode = 'invalid-text' | 'invalid-option'

/**
 * Thrown when the library is called with input it cannot read at all: a text that is not a
 * string (`undefined`, a number, a Buffer or `Uint8Array` — decode bytes first, for example with
 * `new TextDecoder().decode(bytes)`), or an option of the wrong type. Text that is merely odd
 * (empty, binary-looking, broken surrogates) never throws: it gives warnings on the result.
 */
export class InvalidInputError extends TypeError {
  /** Machine-readable code: `invalid-text` or `invalid-option`. */
  readonly code: InputErrorCode

  /**
   * @param code What was wrong.
   * @param message A sentence for people.
   */
  constructor(code: InputErrorCode, message: string) {
    super(message)
    this.name = 'InvalidInputError'
    this.code = code
  }
}

// How a value that is not a string reads in a message: its type, never its content.
function describe(value: unknown): string {
  if (value === null) return 'null'
  if (typeof value !== 'object') return typeof value
  if (value instanceof Uint8Array) return `bytes (${value.constructor.name}); decode them first`
  return value.constructor?.name ? `an object (${value.constructor.name})` : 'an object'
}

/**
 * Throw {@link InvalidInputError} unless `text` is a string.
 *
 * @param text The value passed as a text.
 * @param caller The function called, for the message.
 */
export function checkText(text: unknown, caller: string): asserts text is string {
  if (typeof text === 'string') return
  throw new InvalidInputError(
    'invalid-text',
    `${caller} takes the text as a string, not ${describe(text)}`,
  )
}

/**
 * Throw {@link InvalidInputError} unless `id` is a string, `null` or `undefined`.
 *
 * @param id The value passed as a document id.
 * @param caller The function called, for the message.
 */
export function checkId(id: unknown, caller: string): void {
  if (id === undefined || id === null || typeof id === 'string') return
  throw new InvalidInputError(
    'invalid-option',
    `${caller} takes the document id as a string, not ${describe(id)}`,
  )
}

/**
 * Throw {@link InvalidInputError} unless `options` has the shape of `AttributeOptions`.
 *
 * @param options The value passed as options.
 * @param caller The function called, for the message.
 */
export function checkOptions(options: unknown, caller: string): void {
  if (options === undefined || options === null) return
  if (typeof options !== 'object') {
    throw new InvalidInputError(
      'invalid-option',
      `${caller} takes its options as an object, not ${describe(options)}`,
    )
  }
  const { id, cache } = options as { id?: unknown; cache?: unknown }
  checkId(id, caller)
  if (cache === undefined || cache === null) return
  const { get, set } = cache as { get?: unknown; set?: unknown }
  if (typeof get !== 'function' || typeof set !== 'function') {
    throw new InvalidInputError(
      'invalid-option',
      `${caller} takes a cache with get and set methods (a Map will do)`,
    )
  }
}
