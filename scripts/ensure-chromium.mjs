#!/usr/bin/env node
// Makes sure the Chromium the browser tests drive is installed: `/usr/bin/chromium` from Debian.
// `.ci/run` runs it as root before the tests. `npm test` does not: without a Chromium it skips
// the browser tests and says so, so that it passes for anyone who is not root.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

if (existsSync(executable)) {
  console.log(`ensure-chromium: ${executable} is installed`)
  process.exit(0)
}

/** Stop with a message that says what to do by hand. */
function fail(reason) {
  console.error(`ensure-chromium: ${reason}`)
  console.error(
    `ensure-chromium: the browser tests need ${executable}; install it with ` +
      '`apt-get update && apt-get install -y chromium` (as root, on Debian or Ubuntu).',
  )
  process.exit(1)
}

if (process.platform !== 'linux') fail(`cannot install Chromium on ${process.platform}`)
if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) {
  fail('apt-get was not found, so Chromium cannot be installed here')
}
if (typeof process.getuid === 'function' && process.getuid() !== 0) {
  fail('installing Chromium needs root, and this process is not root')
}

/** Run one apt-get step, echoing it and its output. */
function run(args) {
  console.log(`ensure-chromium: $ apt-get ${args.join(' ')}`)
  const step = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (step.error) fail(`apt-get ${args[0]} could not start: ${step.error.message}`)
  if (step.status !== 0) fail(`apt-get ${args.join(' ')} exited with ${step.status}`)
}

console.log(`ensure-chromium: ${executable} is missing; installing the Debian chromium package`)
run(['update'])
run(['install', '-y', 'chromium'])
if (!existsSync(executable)) fail(`apt-get finished but ${executable} is still missing`)
console.log(`ensure-chromium: installed ${executable}`)
