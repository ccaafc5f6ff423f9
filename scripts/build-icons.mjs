// Builds icons/ — the picture library shipped with My Plan — from openly licensed npm packages:
// OpenMoji pictures (@iconify-json/openmoji, CC BY-SA 4.0), names and keywords from emojibase-data
// (en, da, pt; MIT) and CLDR annotations (Arabic, and a fallback for the others; Unicode licence).
// Run with `npm run icons`. Deterministic: the same installed packages give the same files.
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'icons');
const svgDir = join(outDir, 'svg');

const LANGUAGES = ['en', 'da', 'pt', 'ar'];

/**
 * The curated library: topic id, cover picture, and the pictures in the order the picker shows
 * them. Ids are lowercase code points joined by '-', without FE0F. Gender-neutral forms are
 * preferred; no flags, skin-tone variants, weapons, drugs, or religious or political symbols.
 */
const TOPICS = [
  {
    id: 'people',
    cover: '1f9d1',
    symbols: `
      1f9d1 1f468 1f469 1f476 1f9d2 1f466 1f467 1f9d3 1f474 1f475
      1f471 1f9d4 1f9d1-200d-1f9b1 1f9d1-200d-1f9b0 1f9d1-200d-1f9b3 1f9d1-200d-1f9b2 1f9d5
      1f464 1f465 1f5e3 1f9cf 1f9d1-200d-1f9af 1f9d1-200d-1f9bd 1f9d1-200d-1f9bc
      1f6b6 1f9cd 1f9ce 1f3c3 1f64b 1f646 1f645 1f481 1f937 1f926 1f647 1f64d 1f64e
      1f44b 270b 1f91a 1f590 1f44d 1f44e 1f44f 1f64c 1f450 1f932 1f44c 270c 1f91e 1f91f 1f919
      1f446 1f447 1f448 1f449 261d 1faf5 270a 1f44a 1f91d 1f4aa
      1f440 1f441 1f442 1f443 1f444 1f445 1f9b5 1f9b6 1f463 1f933
    `,
  },
  {
    id: 'feelings',
    cover: '1f642',
    symbols: `
      1f600 1f603 1f604 1f601 1f606 1f602 1f923 1f642 1f60a 1f607 1f609 1f643 1f970 1f60d 1f929
      1f618 1f917 1f92d 1f92b 1f914 1f973 1f60e 1f913 1f60c 1f972 1f610 1f611 1f636 1f644 1f612
      1f62c 1f614 1f62a 1f634 1f971 1f615 1f61f 1f641 2639 1f62e 1f632 1f633 1f97a 1f979 1f626
      1f628 1f630 1f625 1f622 1f62d 1f631 1f616 1f623 1f61e 1f613 1f629 1f62b 1f624 1f620 1f621
      1f92f 1f635 1f974 1f925
      2764 1f9e1 1f49b 1f49a 1f499 1f49c 1f495 1f496 1f494 2764-200d-1fa79 1faf6
      1f4ac 1f4ad 1f4a4 1f4a2 1f4a5 1f4af
    `,
  },
  {
    id: 'home',
    cover: '1f3e0',
    symbols: `
      1f3e0 1f3e1 1f3d8 1f6d6 1f6aa 1fa9f 1f511 1f6cf 1f6cc 1f6cb 1fa91 1f6bd 1f6bf 1f6c1 1f6c0
      1fa9e 1faa5 1f9fc 1f9f4 1fa92 1f9fb 1f9f9 1f9fa 1faa3 1f9fd 1fae7 1f9f7 1f4a1 1f56f
      1f50c 1f9ef 1f6ae 267b 1fab4 1f4eb 1f6d7 1f3da
    `,
  },
  {
    id: 'work',
    cover: '1f4bc',
    symbols: `
      1f4bc 1f9d1-200d-1f4bc 1f9d1-200d-1f3ed 1f9d1-200d-1f373 1f9d1-200d-1f33e 1f9d1-200d-1f527
      1f9d1-200d-1f4bb 1f9d1-200d-1f3a8 1f9d1-200d-1f3a4 1f9d1-200d-1f52c 1f9d1-200d-2708
      1f9d1-200d-1f692 1f9d1-200d-2696 1f46e 1f477 1f482 1f3e2 1f3ed 1f3d7 1f6a7
      1f528 1f527 1fa9b 1fa9a 1f6e0 1f9f0 1fa9c 1fa8f 1f529 1f9ba 26d1 1f97c
      1f4bb 1f5a5 2328 1f5b1 1f5a8 1f4c1 1f4c2 1f5c2 1f5c4 1f4ce 1f4e7 2709 1f4e8 1f4e4 1f4e5
      1f4c8 1f4ca 1f4de 1f4e0
    `,
  },
  {
    id: 'family-friends',
    cover: '1f46a',
    symbols: `
      1f46a 1f9d1-200d-1f9d1-200d-1f9d2 1f9d1-200d-1f9d1-200d-1f9d2-200d-1f9d2 1f9d1-200d-1f9d2
      1f9d1-200d-1f9d2-200d-1f9d2 1f468-200d-1f469-200d-1f467 1f468-200d-1f469-200d-1f466
      1f469-200d-1f469-200d-1f466 1f468-200d-1f468-200d-1f467 1f469-200d-1f467 1f468-200d-1f466
      1f9d1-200d-1f91d-200d-1f9d1 1f46b 1f46d 1f46c 1fac2 1f491 1f48f 1f492 1f470 1f935 1f48d
      1f930 1fac4 1f931 1f9d1-200d-1f37c 1f37c 1f6bc 1f382 1f381 1f388 1f389 1f38a 1f48c
      1f4f1 260e 1f4f8 1f9f8
    `,
  },
  {
    id: 'health',
    cover: '1fa7a',
    symbols: `
      1f9d1-200d-2695 1f3e5 1f691 2695 1fa7a 1f489 1f48a 1fa79 1fa78 1fa7b 1f321 1fa7c
      1f912 1f915 1f637 1f922 1f92e 1f927 1f975 1f976
      1f9e0 1fac0 1fac1 1f9b7 1f9b4 1f9bb 1f453 1f9af 1f9bd 1f9bc 267f 1f9be 1f9bf
      1f9d8 1f3cb 1f486 1f487 1f485 1f9a0 1f9ea 1f6ad 1f4a6
    `,
  },
  {
    id: 'food',
    cover: '1f34e',
    symbols: `
      1f34e 1f34f 1f350 1f34c 1f34a 1f34b 1f347 1f349 1f353 1f352 1f351 1f34d 1f95d 1f96d 1f345
      1f951 1f954 1f955 1f33d 1f952 1f96c 1f966 1f9c5 1f9c4 1f336 1fad1 1f95c 1fad8
      1f35e 1f950 1f956 1fad3 1f96f 1f95e 1f9c7 1f9c0 1f95a 1f373 1f953 1f356 1f357 1f969
      1f354 1f35f 1f355 1f32d 1f96a 1f32e 1f959 1f9c6 1f957 1f372 1f963 1f35d 1f35a 1f35b
      1f35c 1f363 1f95f 1f961 1f96b 1f37f 1f9c8 1f9c2
      1f366 1f368 1f369 1f36a 1f370 1f9c1 1f967 1f36b 1f36c 1f36d 1f36f
      1f95b 2615 1f375 1fad6 1f964 1f9c3 1f9cb 1f9ca 1f6b0 1f377 1f37a
      1f37d 1f374 1f944 1f52a 1f958 1fad9
    `,
  },
  {
    id: 'transport',
    cover: '1f68c',
    symbols: `
      1f68c 1f68d 1f68f 1f690 1f686 1f687 1f68a 1f684 1f689 1f695 1f697 1f699 1f6fb 1f69a
      1f69c 1f693 1f692 1f6b2 1f6f4 1f6f5 1f3cd 1f6b4 2708 1f6eb 1f6ec 1f681 26f4 1f6a2
      26f5 1f6f6 1f6a6 1f6a5 1f6d1 1f6b8 26fd 1f6e3 1f6e4 1f4ba 1f9f3 1f6c4 1f9ed 1f5fa
    `,
  },
  {
    id: 'money',
    cover: '1fa99',
    symbols: `
      1fa99 1f4b0 1f4b5 1f4b6 1f4b7 1f4b4 1f4b8 1f4b3 1f9fe 1f4b1 1f4b2 1f3e6 1f3e7
      1f6d2 1f6cd 1f45b 1f45c 1f3f7 1f4c9 1f911 1f9ee 1f3ea 1f3ec
    `,
  },
  {
    id: 'free-time',
    cover: '26bd',
    symbols: `
      26bd 1f3c0 1f3d0 1f3be 1f3d3 1f3f8 1f3b3 1f94f 1f945 1f3bd 1f3a3 26f8 1f6f7 1f3bf
      1f3ca 1f3c4 1f9d7 26f9 1f938 1f6f9 1f6fc 1f483 1f57a 1f9d1-200d-1fa70 1f3c6 1f3c5 1f947
      1f3ae 1f579 1f3b2 1f9e9 265f 1fa81 1fa80 1f3a8 1f3ad 1f5bc 1f9f6 1f9f5 1f4f7 1f3a5
      1f3ac 1f4fa 1f4fb 1f3a7 1f3a4 1f3b5 1f3b6 1f3b8 1f3b9 1f941 1f3bb 1f3ba 1f3b7
      1f39f 1f3ab 1f3aa 1f3a1 1f3a2 1f3a0 1f3d5 26fa 1f3d6 1f386
    `,
  },
  {
    id: 'learning',
    cover: '1f4da',
    symbols: `
      1f3eb 1f9d1-200d-1f3eb 1f9d1-200d-1f393 1f393 1f4da 1f4d6 1f4d5 1f4d7 1f4d8 1f4d3 1f4d2
      1f5d2 270f 1f58a 1f58d 1f58c 270d 1f4dd 1f4c4 1f4c3 1f4f0 1f516 1f4cf 1f4d0 2702 1f392
      1f52c 1f52d 1f9ec 1f524 1f522 1f520 2797 2716 1f50e
    `,
  },
  {
    id: 'time',
    cover: '23f0',
    symbols: `
      1f4c5 1f4c6 1f5d3 231a 23f0 23f1 23f2 231b 23f3 1f570
      1f550 1f551 1f552 1f553 1f554 1f555 1f556 1f557 1f558 1f559 1f55a 1f55b
      1f305 1f304 1f307 1f306 1f303 1f319 1f31b 1f31e
    `,
  },
  {
    id: 'places',
    cover: '1f3d9',
    symbols: `
      1f3d9 1f3db 1f3e4 1f3e8 1f3df 1f3f0 1f309 26f2 1f6dd 26f0 1f3d4 1f3de 1f3dd 1f3dc
      1f30d 1f30e 1f30f 1f310 1f4cd 1f6bb 1f6b9 1f6ba 1f6be 1f6c2
    `,
  },
  {
    id: 'animals-nature',
    cover: '1f333',
    symbols: `
      1f408 1f431 1f415 1f436 1f9ae 1f415-200d-1f9ba 1f40e 1f434 1f404 1f416 1f411 1f410 1f414
      1f986 1f426 1f99c 1f407 1f430 1f439 1f401 1f41f 1f420 1f422 1f98b 1f41d 1f41e 1f40c
      1f43b 1f418 1f981 1f992 1f412 1f427 1f42c 1f433 1f994 1f98a 1f43e
      1f338 1f339 1f33b 1f337 1f33c 1f490 1f331 1f333 1f332 1f334 1f335 1f340 1f341
      1f342 1f344 1f30a 1f4a7 1f525
      2600 26c5 2601 1f327 1f328 1f329 2744 2603 1f308 2602 1f32c 1f32b
    `,
  },
  {
    id: 'things',
    cover: '1f4e6',
    symbols: `
      2795 2796 21a9 21aa 2699 2b05 27a1 2b06 2b07 2705 274c 1f5d1 1f50a 1f507 2139 1f4cb
      1f3af 1f512 1f513 1f4be 1f504 1f50d 1f4e6 1f6e1 2b50 1f3c1 1f4cc 2753 2757 26a0 1f6ab
      1f455 1f456 1f457 1f9e5 1f9e3 1f9e4 1f9e6 1f45f 1f45e 1f97e 1f9e2 1f452 1fa73 1fa71
      1f302 1f50b 1f526 1f514 1f515 1f4e2 1f4e3 1f517 1f9f2 1faaa 1f4db 1f4e9
      1f534 1f7e0 1f7e1 1f7e2 1f535 1f7e3 1f7e4 26ab 26aa 1f311 1f31f
    `,
  },
];

/** Pictures the app's own buttons use: the build fails if any is missing. */
const REQUIRED = `
  2795 2796 21a9 21aa 1f3e0 2699 2b05 27a1 2b06 2b07 1f465 1f464 2705 274c 1f5d1 1f50a 2139
  270f 1f4cb 1f446 1f447 1f3af 1f4c5 1f310 1f512 1f513 1f4be 1f504 1f50d 1f3a8 1f4dd 1f4e6
  1f6e1 1f600 1f642 1f610 1f641 1f622 2b50 1f3c1 1f4cc 270b 1f408 1f431 1f311 1f31f 2600 26a0
`
  .trim()
  .split(/\s+/);

/**
 * CLDR keeps Arabic for family and hair-style sequences only in its 99 MB "derived" package. We
 * build the same words from the parts, the way CLDR derives them ("base: part، وpart").
 */
const FAMILY_MEMBERS = new Set(['1f468', '1f469', '1f466', '1f467', '1f9d1', '1f9d2']);
const HAIR_STYLES = new Set(['1f9b0', '1f9b1', '1f9b2', '1f9b3']);

// ---------------------------------------------------------------------------------------------

function fail(message) {
  console.error(`build-icons: ${message}`);
  process.exit(1);
}

/** '2764-FE0F-200D-1F525' or '❤️‍🔥' → '2764-200d-1f525'. */
function idFromHex(hexcode) {
  return hexcode
    .toLowerCase()
    .split('-')
    .filter((part) => part !== 'fe0f')
    .map((part) => part.replace(/^0+(?=[0-9a-f]{4})/, ''))
    .join('-');
}

function idFromEmoji(emoji) {
  return [...emoji]
    .map((char) => char.codePointAt(0).toString(16))
    .filter((part) => part !== 'fe0f')
    .join('-');
}

function packageVersion(name) {
  return require(`${name}/package.json`).version;
}

function licenceText(name) {
  return readFileSync(require.resolve(`${name}/LICENSE`), 'utf8')
    .replace(/\r\n/g, '\n')
    .trim();
}

function copyrightLine(name) {
  return (
    /^Copyright.*$/m.exec(licenceText(name))?.[0].replace(/\.$/, '') ??
    `Copyright the ${name} authors`
  );
}

/** Adds words to a list, trimmed, skipping empty ones and case-insensitive duplicates. */
function pushUnique(list, words) {
  for (const raw of words) {
    const word = String(raw ?? '').trim();
    if (word === '') continue;
    const lower = word.toLocaleLowerCase();
    if (!list.some((w) => w.toLocaleLowerCase() === lower)) list.push(word);
  }
  return list;
}

function loadEmojibase(language) {
  const map = new Map();
  for (const entry of require(`emojibase-data/${language}/data.json`)) {
    map.set(idFromHex(entry.hexcode), { label: entry.label, tags: entry.tags ?? [] });
  }
  return map;
}

function loadCldr(language) {
  const map = new Map();
  const data = require(`cldr-annotations-full/annotations/${language}/annotations.json`);
  for (const [emoji, value] of Object.entries(data.annotations.annotations)) {
    map.set(idFromEmoji(emoji), { label: value.tts?.[0], tags: value.default ?? [] });
  }
  return map;
}

/** Arabic words for a ZWJ sequence put together from its parts' CLDR annotations, or undefined. */
function arabicFromParts(id, cldrAr) {
  const parts = id.split('-').filter((p) => p !== '200d');
  let base;
  let rest;
  if (parts.length >= 2 && parts.every((p) => FAMILY_MEMBERS.has(p))) {
    base = cldrAr.get('1f46a');
    rest = parts.map((p) => cldrAr.get(p));
  } else if (parts.length === 2 && HAIR_STYLES.has(parts[1])) {
    base = cldrAr.get(parts[0]);
    rest = [cldrAr.get(parts[1])];
  } else {
    return undefined;
  }
  if (!base?.label || rest.some((r) => !r?.label)) return undefined;
  const names = rest.map((r) => r.label);
  const joined =
    names.length === 1
      ? names[0]
      : names.length === 2
        ? `${names[0]} و${names[1]}`
        : names.map((n, i) => (i === 0 ? n : `و${n}`)).join('، ');
  return { label: `${base.label}: ${joined}`, tags: [...base.tags, ...names] };
}

// ---------------------------------------------------------------------------------------------

const icons = require('@iconify-json/openmoji/icons.json');
const chars = require('@iconify-json/openmoji/chars.json');
const openmojiInfo = require('@iconify-json/openmoji/info.json');

const emojibase = Object.fromEntries(
  ['en', 'da', 'pt'].map((language) => [language, loadEmojibase(language)]),
);
const cldr = Object.fromEntries(LANGUAGES.map((language) => [language, loadCldr(language)]));

const symbols = [];
const seen = new Map();
const notes = [];
const missing = [];

for (const topic of TOPICS) {
  for (const id of topic.symbols.trim().split(/\s+/)) {
    if (seen.has(id)) fail(`${id} is listed in both ${seen.get(id)} and ${topic.id}`);
    seen.set(id, topic.id);
    if (/1f3f[b-f]/.test(id)) fail(`${id} is a skin-tone variant`);
    if (/^1f1[e-f]/.test(id) || /^(1f3f4|1f6a9|1f3f3)/.test(id)) fail(`${id} is a flag`);
    const iconName = chars[id];
    const icon = iconName && icons.icons[iconName];
    if (!icon) fail(`no OpenMoji picture for ${id}`);

    const words = {};
    for (const language of LANGUAGES) {
      const list = [];
      const base = emojibase[language]?.get(id);
      const annotation = cldr[language].get(id);
      if (base) pushUnique(list, [base.label, ...base.tags]);
      if (annotation) pushUnique(list, [annotation.label, ...annotation.tags]);
      if (list.length === 0 && language === 'ar') {
        const derived = arabicFromParts(id, cldr.ar);
        if (derived) {
          pushUnique(list, [derived.label, ...derived.tags]);
          notes.push(`${id}: Arabic built from its parts (${derived.label})`);
        }
      }
      if (list.length === 0) missing.push(`${id} (${iconName}) has no ${language} words`);
      words[language] = list;
    }
    symbols.push({ id, topic: topic.id, iconName, words });
  }
}

if (missing.length > 0) fail(missing.join('\n'));
for (const id of REQUIRED) if (!seen.has(id)) fail(`required picture ${id} is not in the library`);
for (const topic of TOPICS) {
  if (seen.get(topic.cover) !== topic.id) fail(`cover ${topic.cover} is not in topic ${topic.id}`);
}

// ---------------------------------------------------------------------------------------------
// Write icons/svg/<id>.svg: Iconify already stores each OpenMoji drawing cleaned (no comments,
// metadata or editor attributes); we wrap its body in an <svg> with the set's viewBox.

const width = icons.width ?? 16;
const height = icons.height ?? 16;
rmSync(svgDir, { recursive: true, force: true });
mkdirSync(svgDir, { recursive: true });
let svgBytes = 0;
for (const symbol of symbols) {
  const icon = icons.icons[symbol.iconName];
  const w = icon.width ?? width;
  const h = icon.height ?? height;
  const body = icon.body.replace(/\s*\n\s*/g, ' ').trim();
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${icon.left ?? 0} ${icon.top ?? 0} ${w} ${h}">${body}</svg>\n`;
  writeFileSync(join(svgDir, `${symbol.id}.svg`), svg);
  svgBytes += Buffer.byteLength(svg);
}

// ---------------------------------------------------------------------------------------------
// Write icons/index.json, one symbol per line so that diffs stay readable.

const source = {
  pictures: `OpenMoji (from @iconify-json/openmoji ${packageVersion('@iconify-json/openmoji')})`,
  pictureAuthor: openmojiInfo.author?.name ?? 'OpenMoji',
  pictureLicence: 'CC BY-SA 4.0',
  pictureUrl: 'https://openmoji.org',
  pictureLicenceUrl: 'https://creativecommons.org/licenses/by-sa/4.0/',
  words: `emojibase-data ${packageVersion('emojibase-data')} (en, da, pt) and CLDR annotations ${packageVersion('cldr-annotations-full')} (ar, and extra keywords for all)`,
  wordsLicence: 'emojibase-data: MIT; CLDR: Unicode License v3',
  wordsUrl: 'https://emojibase.dev, https://cldr.unicode.org',
};
const lines = [
  '{"version":1,',
  `"source":${JSON.stringify(source)},`,
  `"topics":${JSON.stringify(TOPICS.map((t) => ({ id: t.id, cover: t.cover })))},`,
  '"symbols":[',
  symbols.map((s) => JSON.stringify({ id: s.id, topic: s.topic, words: s.words })).join(',\n'),
  ']}',
];
writeFileSync(join(outDir, 'index.json'), `${lines.join('\n')}\n`);
JSON.parse(readFileSync(join(outDir, 'index.json'), 'utf8')); // sanity check

// ---------------------------------------------------------------------------------------------
// Write icons/LICENSE.md.

const licence = `# Picture library: sources and licences

This folder is generated by \`scripts/build-icons.mjs\` (\`npm run icons\`). Do not edit it by hand.

## Pictures — OpenMoji (CC BY-SA 4.0)

All emojis designed by OpenMoji – the open-source emoji and icon project.
License: CC BY-SA 4.0

- Project: <https://openmoji.org> (<https://github.com/hfg-gmuend/openmoji>)
- Licence: Creative Commons Attribution-ShareAlike 4.0 International,
  <https://creativecommons.org/licenses/by-sa/4.0/>
- Taken from the npm package \`@iconify-json/openmoji\` ${packageVersion('@iconify-json/openmoji')}
  (<https://icon-sets.iconify.design/openmoji/>), in which Iconify stores each OpenMoji SVG
  cleaned up (comments, metadata and editor attributes removed, markup optimised). The files in
  \`svg/\` are those drawings, unchanged, each wrapped in an \`<svg>\` element with its
  \`viewBox\`; we made no changes to the artwork. The files in \`svg/\` are therefore shared
  under the same licence, CC BY-SA 4.0.

## Words — emojibase-data (MIT)

The English, Danish and Portuguese names and keywords come from \`emojibase-data\`
${packageVersion('emojibase-data')} (<https://emojibase.dev>, <https://github.com/milesj/emojibase>),
MIT License, ${copyrightLine('emojibase-data')}.

## Words — Unicode CLDR annotations (Unicode License v3)

The Arabic names and keywords, and extra keywords in every language, come from the Unicode CLDR
emoji annotations, npm package \`cldr-annotations-full\` ${packageVersion('cldr-annotations-full')}
(<https://cldr.unicode.org>, <https://github.com/unicode-org/cldr-json>).
${copyrightLine('cldr-annotations-full')}. Licensed under the Unicode License v3,
<https://www.unicode.org/license.txt>.

A few Arabic names for family and hair-style pictures (which CLDR keeps only in its separate
"derived" annotations) are put together from the CLDR Arabic names of their parts, in the form
CLDR itself uses (for example "أسرة: رجل، وسيدة، وفتاة").

## Full licence texts of the word sources

### emojibase-data

\`\`\`text
${licenceText('emojibase-data')}
\`\`\`

### cldr-annotations-full

\`\`\`text
${licenceText('cldr-annotations-full')}
\`\`\`
`;
writeFileSync(join(outDir, 'LICENSE.md'), licence);

// ---------------------------------------------------------------------------------------------

const leftovers = readdirSync(svgDir).length - symbols.length;
if (leftovers !== 0) fail(`svg/ holds ${leftovers} unexpected files`);
for (const note of notes) console.log(`note: ${note}`);
console.log(`icons: ${symbols.length} pictures, ${(svgBytes / 1024).toFixed(0)} KiB of SVG`);
for (const topic of TOPICS) {
  const count = symbols.filter((s) => s.topic === topic.id).length;
  console.log(`  ${topic.id.padEnd(16)} ${String(count).padStart(4)}`);
}
