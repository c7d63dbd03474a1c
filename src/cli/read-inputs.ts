import type { Dirent } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

/** A document the CLI could read, or the reason it could not. */
export type InputFile =
  | { path: string; text: string; error?: undefined }
  | { path: string; text?: undefined; error: string }

/** File endings read when walking a folder; files named on the command line are always read. */
export const textExtensions: ReadonlySet<string> = new Set([
  '',
  '.txt',
  '.text',
  '.md',
  '.markdown',
])

/** A path found on the command line or in a folder walk, not read yet. */
export type ListedInput = { path: string; error?: undefined } | { path: string; error: string }

/**
 * Expand the command line's paths into files: folders are walked (sorted, hidden entries
 * skipped), `-` is standard input. A path that cannot be read becomes an error entry, so one
 * bad file never stops the others.
 *
 * @param paths Paths as given.
 * @param stdin Reads standard input.
 */
export async function* readInputs(
  paths: readonly string[],
  stdin: () => Promise<Buffer>,
): AsyncGenerator<InputFile> {
  for (const listed of await listInputs(paths)) yield readListed(listed, stdin)
}

/**
 * Walk the command line's paths without reading any file, so the caller knows how many
 * documents there are (to size a worker pool, to show progress) before the work starts.
 *
 * @param paths Paths as given (`-` is standard input).
 * @returns Files in reading order, each path once; paths that cannot be walked carry their error.
 */
export async function listInputs(paths: readonly string[]): Promise<ListedInput[]> {
  const listed: ListedInput[] = []
  for (const path of paths) {
    if (path === '-') listed.push({ path })
    else await listPath(path, true, listed)
  }
  // A file named twice (`cli a.txt folder/`) is read once: its path is its document id.
  const seen = new Set<string>()
  return listed.filter((entry) => !seen.has(entry.path) && seen.add(entry.path))
}

/**
 * Read one listed input.
 *
 * @param listed The entry from {@link listInputs}.
 * @param stdin Reads standard input (for `-`).
 */
export async function readListed(
  listed: ListedInput,
  stdin: () => Promise<Buffer>,
): Promise<InputFile> {
  if (listed.error !== undefined) return { path: listed.path, error: listed.error }
  try {
    return decode(listed.path, listed.path === '-' ? await stdin() : await readFile(listed.path))
  } catch (error) {
    return { path: listed.path, error: readError(error) }
  }
}

async function listPath(path: string, named: boolean, listed: ListedInput[]): Promise<void> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    listed.push({ path, error: readError(error) })
    return
  }
  if (info.isDirectory()) await listFolder(path, listed)
  else if (info.isFile() || named) listed.push({ path })
}

// A folder's entries say whether they are files or folders: a stat per file (two, awaited one
// after another) cost more than reading the files. Links and other entries are stat'ed.
async function listFolder(path: string, listed: ListedInput[]): Promise<void> {
  let entries: Dirent[]
  try {
    entries = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  } catch (error) {
    listed.push({ path, error: readError(error) })
    return
  }
  for (const entry of entries) {
    const child = join(path, entry.name)
    const text = textExtensions.has(extname(entry.name).toLowerCase())
    if (entry.isDirectory()) await listFolder(child, listed)
    else if (entry.isFile()) {
      if (text) listed.push({ path: child })
    } else if (entry.isSymbolicLink() || text) {
      let info: Awaited<ReturnType<typeof stat>>
      try {
        info = await stat(child)
      } catch (error) {
        // A broken link to a text file is a file the user expects read: say why it is not.
        if (text) listed.push({ path: child, error: readError(error) })
        continue
      }
      if (info.isDirectory()) await listFolder(child, listed)
      else if (info.isFile() && text) listed.push({ path: child })
    }
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * Decode a file's bytes as UTF-8, refusing binary files and other encodings rather than
 * reading them as garbage. A byte order mark is kept, so offsets match the file's text.
 *
 * @param path Where the bytes came from.
 * @param bytes The bytes.
 */
export function decode(path: string, bytes: Uint8Array): InputFile {
  if (bytes.includes(0)) return { path, error: 'binary file (it holds NUL bytes), not text' }
  try {
    return { path, text: utf8.decode(bytes) }
  } catch {
    return { path, error: 'not valid UTF-8 text (convert it to UTF-8 first)' }
  }
}

/**
 * Why a file could not be read, in words: `no such file or folder`, `permission denied`.
 *
 * @param error What the file system threw.
 */
export function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  return error instanceof Error ? error.message : String(error)
}
