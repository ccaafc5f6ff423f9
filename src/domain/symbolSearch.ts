// Search over the shipped picture library (icons/index.json) in the person's own language, so
// that the picture picker finds "kat", "gato" or "قط" as readily as "cat". Pure: no React, no DOM.
import { LANGUAGES, type Language } from './languages';

/** The topics of the picture library, in the order the picker shows them. */
export const TOPIC_IDS = [
  'people',
  'feelings',
  'home',
  'work',
  'family-friends',
  'health',
  'food',
  'transport',
  'money',
  'free-time',
  'learning',
  'time',
  'places',
  'animals-nature',
  'things',
] as const;

/** One topic of the picture library, e.g. `'food'`. */
export type TopicId = (typeof TOPIC_IDS)[number];

/** The languages the picture library has words in: every shipped language. */
export const SYMBOL_LANGUAGES = LANGUAGES;

export type { Language };

/**
 * One picture of the library. `id` is the lowercase code point sequence without FE0F (the file
 * is `icons/svg/<id>.svg`); in each language the first word is the picture's name and the rest
 * are search keywords.
 */
export interface SymbolEntry {
  id: string;
  topic: TopicId;
  words: Record<Language, string[]>;
}

/** The shape of `icons/index.json`. */
export interface SymbolIndex {
  version: 1;
  source: Record<string, string>;
  topics: { id: TopicId; cover: string }[];
  symbols: SymbolEntry[];
}

/** True if `value` is one of the library's topic ids. */
export function isTopicId(value: string): value is TopicId {
  return (TOPIC_IDS as readonly string[]).includes(value);
}

const COMBINING_MARKS = /\p{M}+/gu;
const TATWEEL = /\u0640/g;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
const FOLDS: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ł: 'l',
  đ: 'd',
  ٱ: 'ا', // alef wasla
  ة: 'ه', // teh marbuta
  ى: 'ي', // alef maksura
};
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/**
 * Folds text for comparison: lower case, accents and Arabic vowel marks (tashkeel) removed,
 * Arabic alef forms (أ إ آ ٱ) made ا, ة made ه, ى made ي, and runs of spaces and punctuation made
 * one space. `"Café"` → `"cafe"`, `"قِطَّة"` → `"قطه"`.
 */
export function foldSearchText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(TATWEEL, '')
    .replace(FOLD_PATTERN, (char) => FOLDS[char] ?? char)
    .normalize('NFC')
    .split(NOT_WORD)
    .filter((word) => word !== '')
    .join(' ');
}

/** The words of one text once folded, plus Arabic words without their article "ال". */
function wordStarts(folded: string): string[] {
  const words = folded.split(' ').filter((word) => word !== '');
  const extra = words
    .filter((word) => word.startsWith('ال') && word.length > 3)
    .map((word) => word.slice(2));
  return extra.length === 0 ? words : [...words, ...extra];
}

interface FoldedWords {
  name: string;
  nameWords: string[];
  keywords: string[];
  keywordWords: string[];
}

const foldCache = new WeakMap<SymbolEntry, Partial<Record<Language, FoldedWords>>>();

function foldedWords(entry: SymbolEntry, language: Language): FoldedWords {
  let perLanguage = foldCache.get(entry);
  if (!perLanguage) {
    perLanguage = {};
    foldCache.set(entry, perLanguage);
  }
  const cached = perLanguage[language];
  if (cached) return cached;
  const [name = '', ...rest] = (entry.words[language] ?? []).map(foldSearchText);
  const folded: FoldedWords = {
    name,
    nameWords: wordStarts(name),
    keywords: rest,
    keywordWords: rest.flatMap(wordStarts),
  };
  perLanguage[language] = folded;
  return folded;
}

/** True if every query word is the start of one of `words`. */
function allWordsStart(queryWords: readonly string[], words: readonly string[]): boolean {
  return queryWords.every((q) => words.some((word) => word.startsWith(q)));
}

/**
 * How well an entry matches (lower is better), or undefined for no match:
 * 0 the name is the query · 1 a keyword is the query · 2 the name starts with the query ·
 * 3 each query word starts a word of the name · 4 a keyword starts with the query ·
 * 5 each query word starts a word of the name or keywords.
 */
function matchRank(
  words: FoldedWords,
  query: string,
  queryWords: readonly string[],
): number | undefined {
  if (words.name === query) return 0;
  if (words.keywords.includes(query)) return 1;
  if (words.name.startsWith(query)) return 2;
  if (allWordsStart(queryWords, words.nameWords)) return 3;
  if (words.keywords.some((keyword) => keyword.startsWith(query))) return 4;
  if (allWordsStart(queryWords, [...words.nameWords, ...words.keywordWords])) return 5;
  return undefined;
}

function search(
  symbols: readonly SymbolEntry[],
  query: string,
  queryWords: readonly string[],
  language: Language,
): SymbolEntry[] {
  const hits: { entry: SymbolEntry; rank: number; order: number }[] = [];
  symbols.forEach((entry, order) => {
    const rank = matchRank(foldedWords(entry, language), query, queryWords);
    if (rank !== undefined) hits.push({ entry, rank, order });
  });
  hits.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return hits.map((hit) => hit.entry);
}

/**
 * Finds pictures whose words in `language` match `query`, best first. Case-, accent- and
 * tashkeel-insensitive (see {@link foldSearchText}); each query word must be the start of a word
 * of the picture's name or keywords. Order: exact name, exact keyword, name starting with the
 * query, keyword starting with the query; ties keep the library's order. When nothing matches in
 * `language`, English words are searched instead. A blank query finds nothing.
 *
 * @param limit the most results to return (all when omitted)
 */
export function searchSymbols(
  symbols: readonly SymbolEntry[],
  query: string,
  language: Language,
  limit?: number,
): SymbolEntry[] {
  const folded = foldSearchText(query);
  if (folded === '') return [];
  const queryWords = folded.split(' ');
  let results = search(symbols, folded, queryWords, language);
  if (results.length === 0 && language !== 'en') {
    results = search(symbols, folded, queryWords, 'en');
  }
  return limit === undefined ? results : results.slice(0, Math.max(0, limit));
}

/** The picture's name in `language` (falling back to English, then to its id). */
export function symbolName(entry: SymbolEntry, language: Language): string {
  return entry.words[language]?.[0] ?? entry.words.en?.[0] ?? entry.id;
}

/** The pictures of one topic, in library order. */
export function symbolsInTopic(symbols: readonly SymbolEntry[], topic: TopicId): SymbolEntry[] {
  return symbols.filter((entry) => entry.topic === topic);
}
