// Merges new strings into every locales/<lng>.json at once: `node scripts/merge-strings.mjs f.json`
// where f.json is { "en": {…}, "da": {…}, "pt": {…}, "ar": {…} } with nested keys. Existing keys
// are overwritten by the fragment. A lock directory keeps two runs from writing at the same time.
import { mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const LOCALES = join(import.meta.dirname, '..', 'locales');
const LOCK = join(LOCALES, '.merge-lock');

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      target[key] = deepMerge(typeof target[key] === 'object' ? target[key] : {}, value);
    } else {
      target[key] = value;
    }
  }
  return target;
}

async function withLock(work) {
  for (let tries = 0; ; tries += 1) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (tries > 100) throw new Error(`locked: remove ${LOCK} if no merge is running`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    work();
  } finally {
    rmdirSync(LOCK);
  }
}

const fragmentPath = process.argv[2];
if (!fragmentPath) {
  console.error('usage: node scripts/merge-strings.mjs fragment.json');
  process.exit(2);
}
const fragment = JSON.parse(readFileSync(fragmentPath, 'utf8'));
await withLock(() => {
  for (const [language, strings] of Object.entries(fragment)) {
    const file = join(LOCALES, `${language}.json`);
    const current = JSON.parse(readFileSync(file, 'utf8'));
    writeFileSync(file, `${JSON.stringify(deepMerge(current, strings), null, 2)}\n`);
    console.log(`merged into ${language}.json`);
  }
});
