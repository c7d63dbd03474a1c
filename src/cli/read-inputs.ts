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
  for (const path of paths) {
    if (path === '-') {
      yield decode('-', await stdin())
      continue
    }
    yield* readPath(path, true)
  }
}

async function* readPath(path: string, named: boolean): AsyncGenerator<InputFile> {
  let info: Awaited<ReturnType<typeof stat>>
  try {
    info = await stat(path)
  } catch (error) {
    yield { path, error: reason(error) }
    return
  }
  if (info.isDirectory()) {
    let entries: string[]
    try {
      entries = (await readdir(path)).filter((name) => !name.startsWith('.')).sort()
    } catch (error) {
      yield { path, error: reason(error) }
      return
    }
    for (const name of entries) {
      const child = join(path, name)
      const childInfo = await stat(child).catch(() => null)
      if (childInfo?.isDirectory() || textExtensions.has(extname(name).toLowerCase())) {
        yield* readPath(child, false)
      }
    }
    return
  }
  if (!info.isFile() && !named) return
  try {
    yield decode(path, await readFile(path))
  } catch (error) {
    yield { path, error: reason(error) }
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

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  return error instanceof Error ? error.message : String(error)
}
