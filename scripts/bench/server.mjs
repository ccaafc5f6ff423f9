// A tiny static server on loopback for one build: files as they are (no compression, no cache
// headers), index.html for unknown paths like `vite preview`. Closed by the benchmark in any case.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

function fileOf(dir, pathname) {
  let path;
  try {
    path = normalize(join(dir, decodeURIComponent(pathname)));
  } catch {
    return undefined;
  }
  if (path !== dir && !path.startsWith(dir + sep)) return undefined;
  try {
    const stat = statSync(path);
    if (stat.isFile()) return { path, size: stat.size };
    if (stat.isDirectory()) return fileOf(dir, join(pathname, 'index.html'));
  } catch {
    // Not there.
  }
  return undefined;
}

/**
 * Serves `dir` at http://127.0.0.1:`port`/ until `close()`.
 * @param {string} dir
 * @param {number} port
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serve(dir, port) {
  const root = normalize(dir);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const found = fileOf(root, pathname) ?? (extname(pathname) ? undefined : fileOf(root, '/'));
    if (!found || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(found ? 405 : 404, { 'Content-Type': 'text/plain' });
      response.end(found ? 'method not allowed' : 'not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(found.path)] ?? 'application/octet-stream',
      'Content-Length': found.size,
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(found.path).pipe(response);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`port ${port} is in use: is another benchmark running?`)
          : error,
      );
    });
    server.listen(port, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            for (const socket of sockets) socket.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}
