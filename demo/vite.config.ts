import { defineConfig } from 'vite'

// `vite demo` serves the editor demo; `vite build demo` writes a static site to `demo/dist`.
// The root is the folder given on the command line, so paths here are relative to `demo/`.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
})
