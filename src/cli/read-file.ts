import type { Stats } from 'node:fs'
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs'

/** A file's text, or why it was not read. */
export type ReadText = { text: string; error?: undefined } | { text?: undefined; error: string }

// Opening a FIFO for reading waits for a writer; without blocking it opens at once, so `fstat`
// can tell what it is. Regular files ignore the flag. (Windows has no such flag.)
const openFlags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/**
 * Read a regular file of at most `maxBytes` bytes as UTF-8 text, from one open file: its type
 * and size are checked on the file actually read, so a FIFO, a device (`/dev/zero`) or a socket
 * is never read, and an oversized file is refused before a byte of it is.
 *
 * @param path The path, as a string or as raw bytes (a name that is not UTF-8).
 * @param maxBytes The largest file read.
 */
export function readTextFile(path: string | Uint8Array, maxBytes: number): ReadText {
  let fd: number
  try {
    fd = openSync(typeof path === 'string' ? path : Buffer.from(path), openFlags)
  } catch (error) {
    return { error: readError(error) }
  }
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) return { error: notRegular(info) }
    if (info.size > maxBytes) return { error: tooLarge(info.size, maxBytes) }
    // One byte more than the size, so a file that grew since `fstat` is seen to be larger.
    const bytes = Buffer.allocUnsafe(info.size + 1)
    let length = 0
    for (;;) {
      const read = readSync(fd, bytes, length, bytes.length - length, null)
      if (read === 0) break
      length += read
      if (length === bytes.length) {
        if (length > maxBytes) return { error: tooLarge(length, maxBytes) }
        return { error: 'the file changed while it was read' }
      }
    }
    return decode(bytes.subarray(0, length))
  } catch (error) {
    return { error: readError(error) }
  } finally {
    closeSync(fd)
  }
}

/** Why a file of this size is not read. */
export function tooLarge(size: number, maxBytes: number): string {
  return `too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}, see --max-size)`
}

/** A size in bytes, KB or MB, for messages. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${Number((bytes / 1e6).toFixed(1))} MB`
  if (bytes >= 1e3) return `${Number((bytes / 1e3).toFixed(1))} KB`
  return `${bytes} bytes`
}

/**
 * What a file that is not a regular file is, in words.
 *
 * @param info Its `stat`.
 */
export function notRegular(info: Stats): string {
  const kind = info.isFIFO()
    ? 'a FIFO'
    : info.isSocket()
      ? 'a socket'
      : info.isCharacterDevice() || info.isBlockDevice()
        ? 'a device'
        : 'not a file'
  return `not a regular file (${kind}), not read`
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Decode a file's bytes as UTF-8, refusing binary files and other encodings rather than
 * reading them as garbage. A byte order mark is kept, so offsets match the file's text.
 *
 * @param bytes The bytes.
 */
export function decode(bytes: Uint8Array): ReadText {
  if (bytes.includes(0)) return { error: 'binary file (it holds NUL bytes), not text' }
  try {
    return { text: utf8.decode(bytes) }
  } catch {
    return { error: 'not valid UTF-8 text (convert it to UTF-8 first)' }
  }
}

/**
 * Why a file could not be read, in words: `no such file or folder`, `permission denied`.
 *
 * @param error What the file system threw.
 */
export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  if (code === 'ELOOP') return 'too many levels of symbolic links'
  // A socket cannot be opened as a file.
  if (code === 'ENXIO') return 'not a regular file (a socket or a device), not read'
  return error instanceof Error ? error.message : String(error)
}
