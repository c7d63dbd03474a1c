// Complete package-lock.json with entries for the optional platform packages of the tools
// (rollup, biome) that the registry this project installs from does not serve: npm 11 leaves
// them out of the lock, then `npm ci` refuses a lock that does not name them. Each entry gets
// the os/cpu/libc its name gives, so npm skips it on every other platform.
// Run after changing dependencies: `npm run lock`.
import { readFileSync, writeFileSync } from 'node:fs'

const path = process.argv[2] ?? 'package-lock.json'
const lock = JSON.parse(readFileSync(path, 'utf8'))
const packages = lock.packages
const oses = [
  'android',
  'darwin',
  'linux',
  'win32',
  'freebsd',
  'openbsd',
  'openharmony',
  'sunos',
  'aix',
  'netbsd',
]
const cpus = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el']
let added = 0
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `node_modules/${name}`
    if (packages[where]) continue
    const parts = name.split('/').pop().split('-')
    const os = parts.find((part) => oses.includes(part))
    const cpu = parts.find((part) => cpus.includes(part))
    if (!os || !cpu) continue
    packages[where] = {
      version,
      dev: entry.dev,
      optional: true,
      os: [os],
      cpu: [cpu],
      ...(parts.includes('musl') ? { libc: ['musl'] } : {}),
    }
    added++
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
)
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`added ${added} entries`)
