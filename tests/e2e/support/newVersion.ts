// Makes "the next version" of a built app in place, quickly, without a second build: the entry
// script and every screen's script get new names (as a real build's new hashes would), the page
// and the service worker's precache list follow, and the entry marks itself as version B.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

function renameAll(text: string, names: Map<string, string>): string {
  let result = text;
  for (const [before, after] of names) result = result.split(before).join(after);
  return result;
}

/** Turns the build in `root` into version B; `window.myPlanVersion` is 'B' in pages that run it. */
export function shipNewVersion(root: string): void {
  const assets = join(root, 'assets');
  const page = readFileSync(join(root, 'index.html'), 'utf8');
  const entry = /src="\/assets\/(index-[^"]+\.js)"/.exec(page)?.[1];
  if (!entry) throw new Error('no entry script in index.html');
  const renamed = readdirSync(assets).filter(
    (name) => name === entry || /Screen-.+\.js$/.test(name),
  );
  const names = new Map(renamed.map((name) => [name, name.replace(/\.js$/, 'b.js')]));

  for (const name of readdirSync(assets).filter((file) => file.endsWith('.js'))) {
    const path = join(assets, name);
    const text = readFileSync(path, 'utf8');
    const next =
      renameAll(text, names) + (name === entry ? "\nglobalThis.myPlanVersion = 'B';\n" : '');
    if (next !== text) writeFileSync(path, next);
  }
  for (const [before, after] of names) renameSync(join(assets, before), join(assets, after));

  const nextPage = renameAll(page, names);
  writeFileSync(join(root, 'index.html'), nextPage);
  const worker = readFileSync(join(root, 'sw.js'), 'utf8');
  writeFileSync(join(root, 'sw.js'), renameAll(worker, names).split(md5(page)).join(md5(nextPage)));
}
