import { configDefaults, defineConfig } from 'vitest/config'

// `npm test`: everything but the `*.slow.test.ts` files, which `npm run test:slow` runs.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/**/*.slow.test.ts'],
    globalSetup: ['tests/setup/chromium.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
    testTimeout: 60_000,
  },
})
