import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { bundleSize } from '../scripts/bundle-size.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [preact(), bundleSize()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: {
    // The client imports the shared protocol from ../server/protocol.
    fs: { allow: ['..'] },
    proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } },
  },
});
