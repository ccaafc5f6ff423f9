// What the easy-read test reads: every shipped string, and the glossary and exceptions tables of
// locales/EASY-READ.md (the guide is the one source, so the test and the guide cannot drift).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/domain/languages';

type Tree = { [key: string]: string | Tree };

/** Every string of a language, by its dotted key (`board.undo`, `openFile.plans_one`). */
export function loadStrings(language: Language): Map<string, string> {
  const file = join(__dirname, '..', '..', 'locales', `${language}.json`);
  const out = new Map<string, string>();
  const walk = (tree: Tree, prefix: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (typeof value === 'string') out.set(path, value);
      else walk(value, path);
    }
  };
  walk(JSON.parse(readFileSync(file, 'utf8')) as Tree, '');
  return out;
}

/** One word or pattern of the glossary, ready to search a string with. */
export interface Term {
  /** As written in the guide, e.g. `card*` or `/…/`. */
  readonly text: string;
  readonly pattern: RegExp;
}

/** One row of a language's glossary: the thing, the words we write, the words we refuse. */
export interface GlossaryRow {
  readonly thing: string;
  readonly use: readonly Term[];
  readonly avoid: readonly Term[];
}

/** One row of the exceptions table. `*` stands for any language, key or allowed word. */
export interface Exception {
  readonly language: string;
  readonly key: string;
  readonly rule: string;
  readonly allowed: string;
}

const guide = readFileSync(join(__dirname, '..', '..', 'locales', 'EASY-READ.md'), 'utf8');

/** The lines of the guide's `## title` section. */
function section(title: string): string[] {
  const lines = guide.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${title}`);
  if (start < 0) throw new Error(`EASY-READ.md has no "## ${title}" section`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The cells of a table row (`\|` is a bar inside a cell), or undefined for other lines. */
function cells(line: string): string[] | undefined {
  if (!line.trim().startsWith('|') || /^\|\s*-+/.test(line.trim())) return undefined;
  return line
    .trim()
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Turns `word`, `word*` (any ending) or `` `/pattern/` `` into a search pattern. */
function term(text: string, language: Language): Term {
  const bare = text.replace(/^`|`$/g, '');
  if (bare.startsWith('/') && bare.endsWith('/')) {
    return { text, pattern: new RegExp(bare.slice(1, -1), 'iu') };
  }
  const isPrefix = bare.endsWith('*');
  const word = escape(isPrefix ? bare.slice(0, -1) : bare);
  // Arabic joins "and", "with", "to", "the"… to the front of a word: allow them there.
  const start =
    language === 'ar' ? '(?<![\\p{L}\\p{M}])(?:[وفبلك]|لل)?(?:ال)?' : '(?<![\\p{L}\\p{N}])';
  const end = isPrefix ? '' : '(?![\\p{L}\\p{M}\\p{N}])';
  return { text, pattern: new RegExp(`${start}${word}${end}`, 'iu') };
}

const terms = (cell: string, language: Language): Term[] =>
  cell === '—' ? [] : cell.split(/,\s+/).map((text) => term(text, language));

/** The glossary of one language, from its `### … (\`xx\`)` table. */
export function glossary(language: Language): GlossaryRow[] {
  const lines = section('Glossary');
  const start = lines.findIndex(
    (line) => line.startsWith('### ') && line.includes(`(\`${language}\`)`),
  );
  if (start < 0) throw new Error(`EASY-READ.md has no glossary for ${language}`);
  const rows: GlossaryRow[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('### ')) break;
    const row = cells(line);
    if (!row || row[0] === 'Thing') continue;
    const [thing = '', use = '—', avoid = '—'] = row;
    rows.push({ thing, use: terms(use, language), avoid: terms(avoid, language) });
  }
  return rows;
}

/** Every row of the exceptions table. */
export const exceptions: readonly Exception[] = section('Exceptions')
  .map(cells)
  .filter((row): row is string[] => row !== undefined && row[0] !== 'Language')
  .map(([language = '', key = '', rule = '', allowed = '']) => ({ language, key, rule, allowed }));

/** Whether an exception row covers this language and key. */
export function covers(exception: Exception, language: string, key: string): boolean {
  const { key: pattern } = exception;
  const keyMatches =
    pattern === '*' ||
    pattern === key ||
    (pattern.endsWith('*') && key.startsWith(pattern.slice(0, -1)));
  return (exception.language === '*' || exception.language === language) && keyMatches;
}
