import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  plugins: [preact()],
  build: { outDir: '../dist/client', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000', '/socket.io': { target: 'ws://localhost:3000', ws: true } } },
});
