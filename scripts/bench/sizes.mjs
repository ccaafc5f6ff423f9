// Sizes read from a build on disk: the JavaScript and CSS the first screen loads (what index.html
// names), gzipped at level 9 as a server would send them, and what the service worker precaches.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzip bytes of a file at level 9. */
export function gzipBytes(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

function attributes(tag) {
  const found = {};
  for (const match of tag.matchAll(/([a-zA-Z-]+)(?:\s*=\s*("([^"]*)"|'([^']*)'|[^\s>]+))?/g)) {
    found[match[1].toLowerCase()] = match[3] ?? match[4] ?? match[2] ?? '';
  }
  return found;
}

/** The same-origin files index.html loads: module scripts, modulepreloads, stylesheets. */
export function firstScreenFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const js = new Set();
  const css = new Set();
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const a = attributes(tag.replace(/^<\w+/, '').replace(/\/?>$/, ''));
    const url = tag.toLowerCase().startsWith('<script') ? a.src : a.href;
    if (!url || /^[a-z]+:/i.test(url) || url.startsWith('//')) continue;
    const rel = (a.rel ?? '').toLowerCase();
    if (tag.toLowerCase().startsWith('<script') || rel === 'modulepreload') js.add(url);
    else if (rel === 'stylesheet') css.add(url);
  }
  const local = (url) => join(dir, url.replace(/^\.?\//, '').split(/[?#]/)[0]);
  return { js: [...js].map(local), css: [...css].map(local) };
}

/** The URLs in sw.js's precache manifest (`precacheAndRoute([{url:…},…])`), or undefined. */
export function precacheUrls(dir) {
  const path = join(dir, 'sw.js');
  if (!existsSync(path)) return undefined;
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf('precacheAndRoute(');
  if (start < 0) return undefined;
  const list = text.slice(start, text.indexOf('}]', start) + 2);
  return [...list.matchAll(/url\s*:\s*"([^"]+)"/g)].map((match) => match[1]);
}

/**
 * The size figures of one build. Values are numbers; a figure that cannot be read is
 * `{ na: reason }`.
 */
export function sizeFigures(dir) {
  const { js, css } = firstScreenFiles(dir);
  const sum = (files) => files.reduce((total, file) => total + gzipBytes(file), 0);
  const figures = {
    'size.js': sum(js),
    'size.css': sum(css),
  };
  const urls = precacheUrls(dir);
  if (!urls) {
    const na = { na: 'no precache manifest in sw.js' };
    return {
      ...figures,
      'size.precacheCount': na,
      'size.precacheBytes': na,
      'size.precacheGzip': na,
    };
  }
  const files = urls.map((url) => join(dir, url.split(/[?#]/)[0]));
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) {
    const na = { na: `precache names ${missing.length} files not in the build` };
    return {
      ...figures,
      'size.precacheCount': urls.length,
      'size.precacheBytes': na,
      'size.precacheGzip': na,
    };
  }
  return {
    ...figures,
    'size.precacheCount': urls.length,
    'size.precacheBytes': files.reduce((total, file) => total + statSync(file).size, 0),
    'size.precacheGzip': sum(files),
  };
}
