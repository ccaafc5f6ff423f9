/// <reference types="node" />
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import index from '../../icons/index.json';
import {
  foldSearchText,
  searchSymbols,
  symbolName,
  symbolsInTopic,
  SYMBOL_LANGUAGES,
  TOPIC_IDS,
  type SymbolEntry,
  type SymbolIndex,
} from '../../src/domain/symbolSearch';

const library = index as unknown as SymbolIndex;
const symbols: readonly SymbolEntry[] = library.symbols;
const svgDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'icons', 'svg');
const ids = (entries: readonly SymbolEntry[]) => entries.map((entry) => entry.id);

const REQUIRED_UI_IDS = `
  2795 2796 21a9 21aa 1f3e0 2699 2b05 27a1 2b06 2b07 1f465 1f464 2705 274c 1f5d1 1f50a 2139
  270f 1f4cb 1f446 1f447 1f3af 1f4c5 1f310 1f512 1f513 1f4be 1f504 1f50d 1f3a8 1f4dd 1f4e6
  1f6e1 1f600 1f642 1f610 1f641 1f622 2b50 1f3c1 1f4cc 270b
`
  .trim()
  .split(/\s+/);

const CAT_IDS = ['1f408', '1f431'];

describe('the shipped picture library (icons/index.json)', () => {
  it('has at least 400 pictures with unique, normalised ids', () => {
    expect(symbols.length).toBeGreaterThanOrEqual(400);
    expect(new Set(ids(symbols)).size).toBe(symbols.length);
    for (const { id } of symbols) expect(id).toMatch(/^[0-9a-f]{2,5}(-[0-9a-f]{2,5})*$/);
    expect(symbols.some(({ id }) => id.includes('fe0f'))).toBe(false);
  });

  it('names every picture in every language', () => {
    for (const entry of symbols) {
      for (const language of SYMBOL_LANGUAGES) {
        const words = entry.words[language];
        expect(words?.length ?? 0, `${entry.id} ${language}`).toBeGreaterThan(0);
        expect(
          words?.every((word) => word.trim() !== ''),
          `${entry.id} ${language}`,
        ).toBe(true);
      }
    }
  });

  it('fills every topic, with a cover picture from that topic', () => {
    expect(library.topics.map((topic) => topic.id)).toEqual([...TOPIC_IDS]);
    for (const topic of library.topics) {
      expect(symbolsInTopic(symbols, topic.id).length, topic.id).toBeGreaterThanOrEqual(10);
      expect(symbols.find((entry) => entry.id === topic.cover)?.topic, topic.id).toBe(topic.id);
    }
    for (const entry of symbols) expect(TOPIC_IDS).toContain(entry.topic);
  });

  it('has an SVG file for every picture', () => {
    for (const { id } of symbols) {
      const file = join(svgDir, `${id}.svg`);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('has every picture the app buttons use, and the cat', () => {
    const present = new Set(ids(symbols));
    for (const id of [...REQUIRED_UI_IDS, ...CAT_IDS]) expect(present.has(id), id).toBe(true);
  });

  it.each([
    ['cat', 'en'],
    ['kat', 'da'],
    ['gato', 'pt'],
    ['قط', 'ar'],
    ['قطة', 'ar'],
  ] as const)('finds the cat when searching %s (%s)', (query, language) => {
    const top = ids(searchSymbols(symbols, query, language, 3));
    expect(CAT_IDS).toContain(top[0]);
  });

  it('ignores accents: "cafe" finds café (hot beverage) in Portuguese', () => {
    expect(symbols.find((entry) => entry.id === '2615')?.words.pt).toContain('café');
    expect(ids(searchSymbols(symbols, 'cafe', 'pt', 5))).toContain('2615');
    expect(ids(searchSymbols(symbols, 'CAFÉ', 'pt', 5))).toContain('2615');
  });

  it('ignores Danish letters and Arabic vowel marks', () => {
    // "kæledyr" (pet) is a keyword of the cat (1f408) in Danish; "قطة" is its Arabic name.
    expect(ids(searchSymbols(symbols, 'kaeledyr', 'da'))).toContain('1f408');
    expect(ids(searchSymbols(symbols, 'قِطَّة', 'ar', 3))[0]).toBe('1f408');
  });
});

const fixture: SymbolEntry[] = [
  {
    id: 'a',
    topic: 'things',
    words: { en: ['category list', 'list'], da: ['liste'], pt: ['lista'], ar: ['قائمة'] },
  },
  {
    id: 'b',
    topic: 'animals-nature',
    words: {
      en: ['cat face', 'cat', 'pet'],
      da: ['kattehoved', 'kat'],
      pt: ['rosto de gato', 'gato'],
      ar: ['وجه قطة', 'قط'],
    },
  },
  {
    id: 'c',
    topic: 'food',
    words: {
      en: ['hot beverage', 'coffee', 'café'],
      da: ['varm drik', 'kaffe'],
      pt: ['café', 'bebida'],
      ar: ['مشروب ساخن', 'قهوة'],
    },
  },
  {
    id: 'd',
    topic: 'animals-nature',
    words: { en: ['cat', 'pet'], da: ['kat'], pt: ['gato'], ar: ['قطة', 'أليف'] },
  },
  {
    id: 'e',
    topic: 'things',
    words: { en: ['big scatter plot', 'catalogue'], da: ['plot'], pt: ['gráfico'], ar: ['رسم'] },
  },
  {
    id: 'f',
    topic: 'transport',
    words: {
      en: ['train', 'railway'],
      da: ['tog'],
      pt: ['comboio', 'trem'],
      ar: ['القطار', 'سكة'],
    },
  },
];

describe('searchSymbols ranking', () => {
  it('ranks exact name, exact keyword, name prefix, then keyword prefix', () => {
    // d: name is "cat" · b: keyword is "cat" · a: name starts with "cat" · e: keyword starts "cat"
    expect(ids(searchSymbols(fixture, 'cat', 'en'))).toEqual(['d', 'b', 'a', 'e']);
  });

  it('matches word starts only, never the middle of a word', () => {
    expect(ids(searchSymbols(fixture, 'atter', 'en'))).toEqual([]);
    expect(ids(searchSymbols(fixture, 'scat', 'en'))).toEqual(['e']);
    expect(ids(searchSymbols(fixture, 'face', 'en'))).toEqual(['b']);
  });

  it('needs every query word to match, in any order', () => {
    expect(ids(searchSymbols(fixture, 'face cat', 'en'))).toEqual(['b']);
    expect(ids(searchSymbols(fixture, 'cat dog', 'en'))).toEqual([]);
  });

  it('is case- and accent-insensitive', () => {
    expect(ids(searchSymbols(fixture, 'CAFE', 'pt'))).toEqual(['c']);
    expect(ids(searchSymbols(fixture, 'Café', 'en'))).toEqual(['c']);
    expect(ids(searchSymbols(fixture, 'grafico', 'pt'))).toEqual(['e']);
  });

  it('normalises Arabic letters and marks', () => {
    expect(foldSearchText('قِطَّة')).toBe('قطه');
    expect(foldSearchText('أليف إلى آخر')).toBe('اليف الي اخر');
    // "قطه" is d's name and the start of the second word of b's name "وجه قطة"
    expect(ids(searchSymbols(fixture, 'قطه', 'ar'))).toEqual(['d', 'b']);
    expect(ids(searchSymbols(fixture, 'اليف', 'ar'))).toEqual(['d']);
    // exact keyword "قط" first, then the name "قطة" starting with it, then "القطار" without "ال"
    expect(ids(searchSymbols(fixture, 'قط', 'ar'))).toEqual(['b', 'd', 'f']);
  });

  it('falls back to English words when the language has no hit', () => {
    expect(ids(searchSymbols(fixture, 'coffee', 'da'))).toEqual(['c']);
    expect(ids(searchSymbols(fixture, 'kaffe', 'da'))).toEqual(['c']);
    expect(ids(searchSymbols(fixture, 'zebra', 'da'))).toEqual([]);
  });

  it('respects the limit and finds nothing for a blank query', () => {
    expect(ids(searchSymbols(fixture, 'cat', 'en', 2))).toEqual(['d', 'b']);
    expect(searchSymbols(fixture, '   ', 'en')).toEqual([]);
    expect(searchSymbols(fixture, '', 'ar')).toEqual([]);
  });
});

describe('symbolName and symbolsInTopic', () => {
  it('names a picture by the first word of its language', () => {
    const cat = fixture[3]!;
    expect(symbolName(cat, 'da')).toBe('kat');
    expect(symbolName(cat, 'ar')).toBe('قطة');
    const unnamed = { ...cat, words: { ...cat.words, pt: [] } };
    expect(symbolName(unnamed, 'pt')).toBe('cat');
  });

  it('lists the pictures of one topic in library order', () => {
    expect(ids(symbolsInTopic(fixture, 'animals-nature'))).toEqual(['b', 'd']);
    expect(symbolsInTopic(fixture, 'money')).toEqual([]);
  });
});
