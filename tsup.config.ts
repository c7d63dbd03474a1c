import { defineConfig } from 'tsup'

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
})
