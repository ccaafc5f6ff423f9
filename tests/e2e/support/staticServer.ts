// A tiny static file server on loopback, for tests that must change the served files (updates).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `root` on http://localhost:`port`; resolves with the server once it listens. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    let file = join(root, path);
    // A script of a version no longer served is missing, as on a real host (not the page).
    if (file.startsWith(join(root, 'assets')) && !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    if (!file.startsWith(root) || !existsSync(file)) file = join(root, 'index.html');
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, 'localhost', () => resolve(server)));
}

/**
 * A port for a spec's own static server, next to the preview server's E2E_PORT: `slot` 0–3 per
 * spec file, kept apart for each parallel worker.
 */
export function staticPort(parallelIndex: number, slot: number): number {
  return Number(process.env.E2E_PORT ?? 4173) + 1 + parallelIndex * 4 + slot;
}
