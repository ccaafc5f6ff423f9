// The word lists and patterns of the easy-read test: sentence lengths, abbreviations, symbols,
// capitals and number words, each language its own (see locales/EASY-READ.md, rules 1 and 7–11).
import type { Language } from '../../src/domain/languages';

/** Longest sentence, in words. Portuguese needs more small words; Arabic joins them to words. */
export const MAX_WORDS: Record<Language, number> = { en: 12, da: 12, pt: 13, ar: 10 };

const word = (list: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** Abbreviations people with a learning disability may not know, each language its own. */
export const ABBREVIATIONS: Record<Language, RegExp[]> = {
  en: [
    word(['e\\.g', 'i\\.e', 'etc', 'approx', 'info', 'mins?', 'secs?', 'vs', 'incl', 'pls']),
    word(['asap', 'mrs?', 'dr', 'no\\.\\s*\\d']),
  ],
  da: [
    word(['f\\.eks', 'fx', 'osv', 'bl\\.a', 'dvs', 'ca', 'kl', 'evt', 'mht', 'nr', 'pga']),
    word(['inkl', 'mv', 'iflg', 'vedr', 'sek']),
  ],
  pt: [
    word(['p\\.\\s?ex', 'ex', 'etc', 'aprox', 'n\\.?º', 'sra?', 'dra?', 'info', 'seg', 'tb', 'vc']),
  ],
  ar: [
    /(?<![\p{L}\p{M}])(إلخ|الخ)(?![\p{L}\p{M}])/u,
    /(?<![\p{L}\p{M}])\p{Script=Arabic}\.(?=\s|$)/u,
  ],
};
/** "e.g.", "bl.a.", "i.e.": short letter groups joined by full stops, in any language. */
export const DOTTED = /(?<![\p{L}.])\p{L}{1,4}\.\p{L}{1,4}\./u;
/** Symbols that stand for words (`&`, `%`, `/`…), and brackets. */
export const SYMBOLS = /[&%/\\#@*+=<>;_~|^[\]{}$()]/gu;
/** A word in capitals: two or more capital letters in a row. */
export const CAPITALS = /(?<!\p{L})\p{Lu}{2,}(?!\p{L})/gu;
/** Counts from 3 up are written as digits; "one" and "two" often are not counts. */
export const NUMBER_WORDS: Record<Language, RegExp> = {
  en: word(['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']),
  da: word(['tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti', 'elleve', 'tolv', 'tyve']),
  pt: word(['três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze']),
  ar: /(?<!\p{L})(ثلاثة?|أربعة?|خمسة?|ستة|سبعة?|ثمانية?|تسعة?|عشرة?)(?!\p{L})/u,
};
/** An i18next `{{name}}`, also with a format or the unescaped `{{- name}}`. */
export const PLACEHOLDER = /\{\{\s*-?\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g;
/** The plural ending of a key, as i18next writes it. */
export const PLURAL = /_(zero|one|two|few|many|other)$/;
