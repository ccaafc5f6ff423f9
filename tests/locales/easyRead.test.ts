// Every string of every shipped language follows the easy-read rules of locales/EASY-READ.md:
// short sentences, no abbreviations or stray symbols, one word for each thing (the glossary),
// tidy spaces, the same {{placeholders}} as English, and Arabic strings written in Arabic.
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/domain/languages';
import {
  ABBREVIATIONS,
  CAPITALS,
  DOTTED,
  MAX_WORDS,
  NUMBER_WORDS,
  PLACEHOLDER,
  PLURAL,
  SYMBOLS,
} from './easyReadRules';
import { covers, exceptions, glossary, loadStrings, type Exception } from './easyReadSource';

const strings = new Map(LANGUAGES.map((language) => [language, loadStrings(language)]));
const english = strings.get('en') ?? new Map<string, string>();
const used = new Set<Exception>();

/** Whether EASY-READ.md allows `found` here; remembers the exception as still needed. */
function allows(rule: string, language: Language, key: string, found: string): boolean {
  const hit = exceptions.find(
    (e) =>
      e.rule === rule &&
      covers(e, language, key) &&
      (e.allowed === '*' ||
        e.allowed.toLowerCase() === found.toLowerCase() ||
        (rule === 'symbols' && e.allowed.includes(found))),
  );
  if (hit) used.add(hit);
  return hit !== undefined;
}

const withoutPlaceholders = (text: string) => text.replace(PLACEHOLDER, '');
const placeholders = (text: string) => [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
const sameSet = (a: string[], b: string[]) =>
  [...new Set(a)].sort().join() === [...new Set(b)].sort().join();

/** The sentences of a string, each as its words; `{{name}}` is one word; a colon ends a part. */
function sentences(text: string): string[][] {
  return text
    .replace(PLACEHOLDER, 'X')
    .split(/(?<=[.!?؟…:])\s+|\n/)
    .map((part) => part.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)))
    .filter((part) => part.length > 0);
}

type Check = (language: Language, key: string, text: string) => string[];

const checks: Record<string, Check> = {
  'sentence-length': (language, key, text) =>
    sentences(text)
      .filter((s) => s.length > MAX_WORDS[language])
      .filter(() => !allows('sentence-length', language, key, '*'))
      .map((s) => `${s.length} words: ${s.join(' ')}`),
  abbreviations: (language, key, text) => {
    // One finding is enough: "e.g." is found by the English list and by DOTTED.
    const found = [...ABBREVIATIONS[language], DOTTED]
      .map((pattern) => withoutPlaceholders(text).match(pattern)?.[0])
      .find((match): match is string => match !== undefined);
    return found && !allows('abbreviations', language, key, found) ? [found] : [];
  },
  symbols: (language, key, text) =>
    [...new Set(withoutPlaceholders(text).match(SYMBOLS) ?? [])].filter(
      (symbol) => !allows('symbols', language, key, symbol),
    ),
  capitals: (language, key, text) =>
    (withoutPlaceholders(text).match(CAPITALS) ?? []).filter(
      (caps) => !allows('capitals', language, key, caps),
    ),
  spaces: (language, key, text) => {
    const found: string[] = [];
    if (/ {2}|[\t\n]/.test(text)) found.push('double space, tab or new line');
    if (/^\s/.test(text) && !allows('spaces', language, key, 'leading'))
      found.push('leading space');
    if (/\s$/.test(text)) found.push('trailing space');
    if (/\s[.,:!?؟،](?=\s|$)/u.test(text)) found.push('space before a punctuation mark');
    return found;
  },
  numbers: (language, key, text) => {
    const found = withoutPlaceholders(text).match(NUMBER_WORDS[language])?.[0];
    return found && !allows('numbers', language, key, found) ? [found] : [];
  },
  placeholders: (language, key, text) => {
    const found: string[] = [];
    const opened = text.split('{{').length - 1;
    if (opened !== placeholders(text).length || text.split('}}').length - 1 !== opened) {
      found.push(`broken {{…}} in "${text}"`);
    }
    const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'));
    if (language === 'en' || source === undefined) return found;
    const expected = placeholders(source);
    const actual = placeholders(text);
    const plural = PLURAL.exec(key)?.[1];
    const mayDropCount = plural === 'zero' || plural === 'one' || plural === 'two';
    const same = sameSet(
      actual.filter((name) => name !== 'count' || !mayDropCount),
      expected.filter((name) => name !== 'count' || !mayDropCount),
    );
    if (!same)
      found.push(`has {{${actual.join('}}, {{')}}}, English has {{${expected.join('}}, {{')}}}`);
    return found;
  },
  'arabic-letters': (language, key, text) =>
    language === 'ar' &&
    /\p{L}/u.test(withoutPlaceholders(text)) &&
    !/\p{Script=Arabic}/u.test(text) &&
    !allows('arabic-letters', language, key, '*')
      ? ['no Arabic letter']
      : [],
  'latin-in-arabic': (language, key, text) => {
    if (language !== 'ar') return [];
    const allowed = exceptions.filter(
      (e) => e.rule === 'latin-in-arabic' && covers(e, language, key),
    );
    if (allowed.some((e) => e.allowed === '*'))
      return allows('latin-in-arabic', language, key, '*') ? [] : [];
    let rest = withoutPlaceholders(text);
    for (const e of allowed) {
      if (rest.includes(e.allowed)) {
        used.add(e);
        rest = rest.split(e.allowed).join(' ');
      }
    }
    return rest.match(/\p{Script=Latin}+/gu) ?? [];
  },
  untranslated: (language, key, text) => {
    const source = english.get(key);
    const isSentence = (source?.split(/\s+/).length ?? 0) >= 3;
    return language !== 'en' && isSentence && text === source ? ['same as English'] : [];
  },
};

/** Problems found, by `${language} ${rule}`, each as `key: what`. */
const problems = new Map<string, string[]>();
const report = (language: Language, rule: string, found: string[]) => {
  const list = problems.get(`${language} ${rule}`) ?? [];
  list.push(...found);
  problems.set(`${language} ${rule}`, list);
};

for (const language of LANGUAGES) {
  const texts = strings.get(language) ?? new Map<string, string>();
  for (const [key, text] of texts) {
    for (const [rule, check] of Object.entries(checks)) {
      report(
        language,
        rule,
        check(language, key, text).map((found) => `${key}: ${found}`),
      );
    }
  }
  for (const row of glossary(language)) {
    for (const avoid of row.avoid) {
      for (const [key, text] of texts) {
        if (
          avoid.pattern.test(withoutPlaceholders(text)) &&
          !allows('glossary', language, key, avoid.text)
        ) {
          report(language, 'glossary', [`${key}: "${avoid.text}" (we write: ${row.thing})`]);
        }
      }
    }
    const inUse = row.use.some((use) => [...texts.values()].some((text) => use.pattern.test(text)));
    if (row.use.length > 0 && !inUse) {
      report(language, 'glossary', [`no string uses the word for "${row.thing}"`]);
    }
  }
}

const RULES = [...Object.keys(checks), 'glossary'];

describe.each(LANGUAGES)('easy-read words in %s', (language) => {
  it.each(RULES)('follows the rule "%s"', (rule) => {
    const found = problems.get(`${language} ${rule}`) ?? [];
    expect(found, `strings that break it: ${found.length}`).toEqual([]);
  });
});

describe('EASY-READ.md', () => {
  it('has a glossary for every language, each row with words to write or to avoid', () => {
    for (const language of LANGUAGES) {
      const rows = glossary(language);
      expect(rows.length, language).toBeGreaterThan(10);
      for (const row of rows)
        expect(row.use.length + row.avoid.length, row.thing).toBeGreaterThan(0);
    }
  });

  it('lists no exception that is no longer needed', () => {
    const stale = exceptions.filter((e) => !used.has(e));
    expect(stale.map((e) => `${e.language} ${e.key} ${e.rule} ${e.allowed}`)).toEqual([]);
  });
});
