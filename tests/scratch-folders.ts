import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'

// Every folder the tests of a file make, so that a run leaves nothing behind in the system's
// temporary folder (the CLI's tests make dozens, some of 20 MB sparse files).
const made: string[] = []

afterAll(async () => {
  await Promise.all(made.splice(0).map((folder) => rm(folder, { recursive: true, force: true })))
})

/**
 * A new, empty folder in the system's temporary folder, removed once the importing file's tests
 * have run.
 *
 * @param prefix The start of the folder's name (`quote-attribution-cli-`).
 */
export async function scratchFolder(prefix: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), prefix))
  made.push(folder)
  return folder
}
