import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const clientRoot = fileURLToPath(new URL('.', import.meta.url));
// The API behind `npm run dev:client`; another port can be given when 4000 is taken.
const api = process.env.MAILLAGE_API_URL ?? 'http://localhost:4000';

/** Matches modules of the given packages (or scopes) in node_modules. */
function packages(...names: string[]): RegExp {
  return new RegExp(`node_modules[\\\\/](${names.join('|')})[\\\\/]`);
}

export default defineConfig({
  root: clientRoot,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deployments.
        codeSplitting: {
          groups: [
            { name: 'react', test: packages('react', 'react-dom', 'scheduler', 'react-router', 'cookie') },
            { name: 'apollo', test: packages('@apollo', 'graphql', 'rxjs', '@wry', 'optimism', 'tslib') },
            // Charts serve the lazy dashboard pages alone: their own chunk, which no other page loads.
            {
              name: 'charts',
              test: packages(
                'recharts',
                '@reduxjs',
                'immer',
                'reselect',
                'react-redux',
                'redux',
                'redux-thunk',
                'decimal\\.js-light',
                'es-toolkit',
                'eventemitter3',
              ),
            },
            // d3 (the map on the directory page needs it; recharts uses it through victory-vendor).
            { name: 'd3', test: packages('d3-[a-z-]+', 'internmap', 'victory-vendor'), priority: 1 },
            { name: 'vendor', test: /node_modules/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/graphql': api,
      '/exports': api,
    },
  },
});
