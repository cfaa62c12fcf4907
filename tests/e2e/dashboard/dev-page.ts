// Builds and serves renderer/dashboard/dev (the dashboard and what-if panel alone, laid out as in
// the app) into its own directory, in production mode, for browser tests and `npm run bench:draw`.
import { join } from 'node:path';
import { build, preview, type InlineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { root } from '../harness';

const devRoot = join(root, 'renderer', 'dashboard', 'dev');

export async function serveDevPage(outName: string): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = join(root, '.bench', outName);
  const config: InlineConfig = {
    configFile: false, root: devRoot, base: './', logLevel: 'warn', mode: 'production', plugins: [react()],
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  };
  // Under vitest NODE_ENV is "test", which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build(config);
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview(config);
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no URL');
  return { url, close: () => server.close() };
}
