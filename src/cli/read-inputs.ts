import { isUtf8 } from 'node:buffer'
import type { Dirent, Stats } from 'node:fs'
import { readdirSync, realpathSync, statSync } from 'node:fs'
import { notRegular, readError, tooLarge } from './read-file.js'

/**
 * File endings read when walking a folder (compared without case). Files named on the command
 * line are read whatever their name. Files without an ending are not read from folders: in a
 * folder they are more often a `LICENSE`, a `Makefile` or a program than an article.
 */
export const textExtensions: ReadonlySet<string> = new Set(['.txt', '.text', '.md', '.markdown'])

/** Endings read as Markdown, through remark. */
export const markdownExtensions: ReadonlySet<string> = new Set(['.md', '.markdown'])

/**
 * A path found on the command line or in a folder walk, not read yet: `path` names it in the
 * output (and is its document id), `source` is what the file system is given: the path's bytes
 * when its name is not UTF-8, `null` for standard input.
 */
export type ListedInput =
  | { path: string; source: string | Uint8Array | null; error?: undefined }
  | { path: string; source?: undefined; error: string }

/** How to list inputs. */
export interface ListOptions {
  /** Files larger than this are listed with an error (only their size is read). */
  maxBytes: number
}

/**
 * Expand the command line's paths into files, without reading any, so the caller knows how
 * many documents there are before the work starts. Folders are walked in name order, hidden
 * entries skipped; `-` is standard input. Each real file is listed once, however it is reached
 * (`a.txt`, `./a.txt`, `//a.txt`, a link to it, a link to a folder above it), so a folder that
 * links to itself is walked once. What cannot be read (missing, a FIFO, a device, too large)
 * is listed with its reason, so one bad path never stops the others.
 *
 * @param paths Paths as given (`-` is standard input).
 * @param options The size limit.
 * @returns Files in reading order; paths that cannot be read carry their error.
 */
export function listInputs(
  paths: readonly string[],
  options: Readonly<ListOptions>,
): ListedInput[] {
  const walk = new Walk(options.maxBytes)
  for (const path of paths) {
    if (path === '-') walk.stdin()
    else walk.named(path)
  }
  return walk.listed
}

class Walk {
  readonly listed: ListedInput[] = []
  // Real paths (as binary strings: a name need not be UTF-8) of files listed and folders walked.
  readonly #files = new Set<string>()
  readonly #folders = new Set<string>()
  readonly #maxBytes: number
  #stdin = false

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes
  }

  stdin(): void {
    if (this.#stdin) return
    this.#stdin = true
    this.listed.push({ path: '-', source: null })
  }

  // A path on the command line: read whatever its name, walked when a folder.
  named(path: string): void {
    let info: Stats
    try {
      info = statSync(path)
    } catch (error) {
      this.listed.push({ path, error: readError(error) })
      return
    }
    if (info.isDirectory()) this.#folder(path, Buffer.from(path))
    else this.#file(path, path, info)
  }

  #file(path: string, source: string | Uint8Array, info: Stats | null): void {
    let real: string
    try {
      real = realKey(source)
    } catch (error) {
      this.listed.push({ path, error: readError(error) })
      return
    }
    if (this.#files.has(real)) return
    this.#files.add(real)
    if (info && !info.isFile()) this.listed.push({ path, error: notRegular(info) })
    else if (info && info.size > this.#maxBytes)
      this.listed.push({ path, error: tooLarge(info.size, this.#maxBytes) })
    else this.listed.push({ path, source })
  }

  #folder(path: string, source: Buffer): void {
    let real: string
    let entries: Dirent<Buffer>[]
    try {
      real = realKey(source)
      if (this.#folders.has(real)) return
      this.#folders.add(real)
      entries = readdirSync(source, { withFileTypes: true, encoding: 'buffer' })
    } catch (error) {
      this.listed.push({ path, error: readError(error) })
      return
    }
    const named = entries
      .filter((entry) => entry.name[0] !== 0x2e) // `.`: hidden
      .map((entry) => ({ entry, name: displayName(entry.name) }))
      .sort((a, b) => Buffer.compare(a.entry.name, b.entry.name))
    const slash = source.at(-1) === 0x2f ? '' : '/'
    for (const { entry, name } of named) {
      const childPath = `${path}${path.endsWith('/') ? '' : '/'}${name}`
      const child = Buffer.concat([source, Buffer.from(slash), entry.name])
      const childSource = isUtf8(child) ? childPath : new Uint8Array(child)
      const text = textExtensions.has(extensionOf(name))
      if (entry.isDirectory()) this.#folder(childPath, child)
      else if (entry.isFile()) {
        // Sizes are checked when the file is read: a stat per file here would cost more.
        if (text) this.#file(childPath, childSource, null)
      } else if (entry.isSymbolicLink()) {
        let info: Stats
        try {
          info = statSync(child)
        } catch (error) {
          // A broken link to a text file is a file the user expects read: say why it is not.
          if (text) this.listed.push({ path: childPath, error: readError(error) })
          continue
        }
        if (info.isDirectory()) this.#folder(childPath, child)
        else if (text) this.#file(childPath, childSource, info)
      } else if (text) {
        // A FIFO, socket or device with a text file's name: reported, never opened.
        this.#file(childPath, childSource, statSync(child, { throwIfNoEntry: false }) ?? null)
      }
    }
  }
}

// The real path as a binary string: one key per file, whatever its name's encoding.
function realKey(source: string | Uint8Array): string {
  const path = typeof source === 'string' ? source : Buffer.from(source)
  return realpathSync.native(path, { encoding: 'buffer' }).toString('latin1')
}

const utf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * A file name as it is printed: as it is when it is UTF-8, else each byte that is not part of
 * a UTF-8 character as `\xNN`, so two such names never print the same.
 *
 * @param name The name's bytes.
 */
export function displayName(name: Uint8Array): string {
  try {
    return utf8.decode(name)
  } catch {
    let out = ''
    let at = 0
    while (at < name.length) {
      const length = sequenceLength(name, at)
      if (length > 0) {
        out += Buffer.from(name.subarray(at, at + length)).toString('utf8')
        at += length
      } else {
        out += `\\x${(name[at] as number).toString(16).padStart(2, '0')}`
        at++
      }
    }
    return out
  }
}

// Length of a well-formed UTF-8 sequence starting at `at`, or 0.
function sequenceLength(bytes: Uint8Array, at: number): number {
  const lead = bytes[at] as number
  const length =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead < 0xe0
        ? 2
        : lead >= 0xe0 && lead < 0xf0
          ? 3
          : lead >= 0xf0 && lead < 0xf5
            ? 4
            : 0
  if (length <= 1) return length
  try {
    utf8.decode(bytes.subarray(at, at + length))
    return length
  } catch {
    return 0
  }
}

/**
 * A file name's ending, lower case, with its dot (`.md`), or `''`.
 *
 * @param name The file name or path.
 */
export function extensionOf(name: string): string {
  const slash = name.lastIndexOf('/')
  const dot = name.lastIndexOf('.')
  return dot > slash + 1 ? name.slice(dot).toLowerCase() : ''
}
