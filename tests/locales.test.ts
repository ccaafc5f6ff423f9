// Every string exists in every shipped language, with the same placeholders, and none is empty.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../src/domain/languages';

type Tree = { [key: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function load(language: string): Tree {
  return JSON.parse(
    readFileSync(join(__dirname, '..', 'locales', `${language}.json`), 'utf8'),
  ) as Tree;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const english = flatten(load('en'));
const baseKeys = new Set([...english.keys()].map((key) => key.replace(PLURAL, '')));

describe('locales', () => {
  it('ships a file for every language and no other', () => {
    const files = readdirSync(join(__dirname, '..', 'locales')).filter((f) => f.endsWith('.json'));
    expect(files.map((f) => f.replace('.json', '')).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s has every key, no extra key, and no empty string', (language) => {
    const strings = flatten(load(language));
    const plurals = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const missing: string[] = [];
    for (const key of baseKeys) {
      const isPlural = english.has(`${key}_other`);
      const needed = isPlural ? plurals.map((category) => `${key}_${category}`) : [key];
      for (const k of needed) if (!strings.get(k)?.trim()) missing.push(k);
    }
    expect(missing).toEqual([]);
    const extra = [...strings.keys()].filter((key) => !baseKeys.has(key.replace(PLURAL, '')));
    expect(extra).toEqual([]);
  });

  it.each(LANGUAGES)('%s keeps the placeholders of every English string', (language) => {
    const strings = flatten(load(language));
    for (const [key, text] of strings) {
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other')) ?? '';
      const expected = placeholders(source).filter((name) => name !== 'count');
      expect(
        placeholders(text).filter((name) => name !== 'count'),
        `${language}:${key}`,
      ).toEqual(expected);
    }
  });
});
