import { defineConfig } from 'vitest/config'

// `npm run test:slow`: the cases that take minutes (50 MB inputs, packing and installing).
export default defineConfig({
  test: {
    include: ['tests/**/*.slow.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-slow-results.json' },
    testTimeout: 300_000,
  },
})
