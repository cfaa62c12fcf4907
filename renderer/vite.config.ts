// Builds the interface into renderer/dist. `base: './'` keeps asset URLs relative so the same build
// loads from file:// in the desktop shell and from http://127.0.0.1 in a browser.
// No Node imports here (the layering test scans renderer/): paths come from import.meta.url.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = new URL('.', import.meta.url).pathname;

// The dev server injects an inline React refresh preamble that a strict CSP forbids; the built
// app keeps the policy, the dev server drops it.
const devWithoutCsp: Plugin = {
  name: 'koppelkans-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), devWithoutCsp],
  // The example workbook and other assets are fetched as files: keep them files, never data: URLs.
  build: { outDir: `${here}dist`, emptyOutDir: true, assetsInlineLimit: 0, sourcemap: false, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', fs: { allow: [`${here}..`] } },
  preview: { host: '127.0.0.1', strictPort: false },
});
