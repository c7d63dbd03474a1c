/** Running a benchmark in a child process, with a time limit that a synchronous call cannot have. */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export const projectRoot = join(import.meta.dirname, '..', '..')

/** How a child run ended. */
export type ChildOutcome =
  | { status: 'ok'; stdout: string; seconds: number }
  | { status: 'timeout'; seconds: number }
  | { status: 'failed'; reason: string; seconds: number }

/**
 * Run a TypeScript script in `node --expose-gc --import tsx`, killing it after `limit` seconds.
 *
 * @param script Path from the project root.
 * @param args Its arguments.
 * @param limit Seconds it may take.
 * @param heapMB Largest heap it may grow (V8 `--max-old-space-size`); past it, it fails.
 */
export function runChild(
  script: string,
  args: readonly string[],
  limit: number,
  heapMB = 8192,
): Promise<ChildOutcome> {
  return new Promise((resolve) => {
    const start = performance.now()
    const seconds = () => (performance.now() - start) / 1000
    const child = spawn(
      process.execPath,
      ['--expose-gc', `--max-old-space-size=${heapMB}`, '--import', 'tsx', script, ...args],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stdout = ''
    let stderr = ''
    let timedOut = false
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk
    })
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, limit * 1000)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (timedOut) resolve({ status: 'timeout', seconds: seconds() })
      else if (code === 0) resolve({ status: 'ok', stdout, seconds: seconds() })
      else {
        const last = stderr.trim().split('\n').filter(Boolean).slice(-3).join(' / ')
        resolve({
          status: 'failed',
          reason: `exit ${code ?? signal}${last ? `: ${last.slice(0, 300)}` : ''}`,
          seconds: seconds(),
        })
      }
    })
  })
}
