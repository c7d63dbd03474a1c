import { existsSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of the Chromium the browser tests drive, or `''` when none was found. */
    chromium: string
  }
}

/** Set to `1` (as `.ci/run` does) and a missing Chromium fails the run instead of skipping. */
const requiredVariable = 'QA_BROWSER_TESTS'

// Where Chromium and Chrome land with the usual installers, most common first.
function candidates(): string[] {
  const programs = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)']]
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    ...programs.flatMap((folder) =>
      folder ? [join(folder, 'Google/Chrome/Application/chrome.exe')] : [],
    ),
    ...playwrightBrowsers(),
  ]
}

// Browsers fetched by `npx playwright install chromium`, in a folder named by build number.
function playwrightBrowsers(): string[] {
  const cache = join(homedir(), '.cache/ms-playwright')
  if (!existsSync(cache)) return []
  return readdirSync(cache)
    .filter((name) => name.startsWith('chromium-'))
    .sort()
    .reverse()
    .flatMap((name) =>
      ['chrome-linux/chrome', 'chrome-linux64/chrome'].map((path) => join(cache, name, path)),
    )
}

/**
 * The Chromium to drive: `CHROMIUM_PATH` if set (and then it must exist), else the first of
 * the usual install paths that exists, else `''`.
 */
export function findChromium(): string {
  const chosen = process.env.CHROMIUM_PATH
  if (chosen) return existsSync(chosen) ? chosen : ''
  return candidates().find((path) => existsSync(path)) ?? ''
}

/**
 * Vitest global setup: finds Chromium once for the browser tests, and says in one line when
 * they are skipped for want of it (or fails the run, when `QA_BROWSER_TESTS=1` asks for them).
 */
export default function setup(project: TestProject): void {
  const chromium = findChromium()
  project.provide('chromium', chromium)
  if (chromium) return
  const where = process.env.CHROMIUM_PATH
    ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist`
    : 'no Chromium or Chrome at the usual install paths'
  if (process.env[requiredVariable] === '1') {
    throw new Error(`Browser tests required (${requiredVariable}=1) but ${where}.`)
  }
  console.log(
    `Browser tests skipped: ${where}. To run them, install Chromium ` +
      '(`apt-get install chromium`, `brew install --cask chromium`) or set CHROMIUM_PATH.',
  )
}
