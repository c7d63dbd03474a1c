import { readFileSync } from 'node:fs'
import { defineConfig } from 'tsup'

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    retext: 'src/retext.ts',
    cli: 'src/cli/main.ts',
  },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  // The CLI is the only entry allowed to touch Node built-ins; the core stays browser-safe.
  platform: 'neutral',
  external: [/^node:/],
  // The CLI prints the version it was built from, however it is started.
  define: { PACKAGE_VERSION: JSON.stringify(version) },
})
