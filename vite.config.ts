// Build of the My Plan PWA: React, the service worker (Workbox, update only when the person says so)
// and the picture library in icons/, which is served in dev and copied into the build for precaching.
// The security policy (scripts/csp.mjs) goes into the built page and the preview server's headers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { META_POLICY, SECURITY_HEADERS } from './scripts/csp.mjs';

const ICONS_DIR = resolve(import.meta.dirname, 'icons/svg');
const ICONS_URL = '/icons/svg/';
const PICTURES_PACK = 'icons/pictures.json';

/**
 * Serves icons/svg/*.svg at /icons/svg/ in dev and emits them into dist/ on build, each on its own
 * (for a page the service worker does not yet control) and all together in icons/pictures.json,
 * the one file the service worker precaches and answers every picture from (public/sw-pictures.js).
 */
function pictureLibrary(): Plugin {
  return {
    name: 'my-plan-picture-library',
    configureServer(server) {
      server.middlewares.use(ICONS_URL, (req, res, next) => {
        const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
        if (!/^[0-9a-f-]+\.svg$/.test(name)) return next();
        try {
          res.setHeader('Content-Type', 'image/svg+xml');
          res.end(readFileSync(join(ICONS_DIR, name)));
        } catch {
          next();
        }
      });
    },
    generateBundle() {
      const pack: Record<string, string> = {};
      for (const name of readdirSync(ICONS_DIR).sort()) {
        if (!/^[0-9a-f-]+\.svg$/.test(name)) continue;
        const source = readFileSync(join(ICONS_DIR, name), 'utf8');
        pack[name.slice(0, -'.svg'.length)] = source;
        this.emitFile({ type: 'asset', fileName: `icons/svg/${name}`, source });
      }
      this.emitFile({ type: 'asset', fileName: PICTURES_PACK, source: JSON.stringify(pack) });
    },
  };
}

/**
 * Writes the Content-Security-Policy (scripts/csp.mjs) into the built index.html as a <meta> tag,
 * so it holds wherever the files are served without headers. Not in dev: Vite's dev server
 * injects inline scripts and styles for hot reload.
 */
function strictPolicy(): Plugin {
  return {
    name: 'my-plan-strict-policy',
    apply: 'build',
    transformIndexHtml(html) {
      const charset = '<meta charset="UTF-8" />';
      if (!html.includes(charset)) throw new Error(`index.html needs ${charset} for the policy`);
      const policy = `<meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`;
      return html.replace(charset, `${charset}\n    ${policy}`);
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    pictureLibrary(),
    strictPolicy(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/*.png'],
      manifest: {
        name: 'My Plan',
        short_name: 'My Plan',
        description: 'Make your own plan for your life, with pictures.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        orientation: 'any',
        background_color: '#f7f5ef',
        theme_color: '#1d3b8a',
        icons: [
          { src: 'icons/app-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/app-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: 'icons/app-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,json,webmanifest,woff2}'],
        // Workbox precaches one file at a time: the ~770 pictures come in one pack instead
        // (icons/pictures.json, answered from by public/sw-pictures.js).
        globIgnores: ['icons/svg/**'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // A tab still showing the version before can load its scripts after an update takes
        // over: public/sw-keep-previous.js copies them on install, this route answers from it.
        importScripts: ['sw-keep-previous.js', 'sw-pictures.js'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) => url.pathname.startsWith('/assets/'),
            handler: 'CacheFirst',
            options: { cacheName: 'my-plan-previous-version' },
          },
        ],
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  // `vite preview` (npm start, the e2e tests) sends the whole policy, frame-ancestors included.
  preview: { host: 'localhost', port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
});
