// The languages My Plan ships with, and which way each one is written.

/** A language the app is shipped in; every string exists in `locales/<language>.json`. */
export type Language = 'en' | 'da' | 'pt' | 'ar';

/** All shipped languages, in the order they are offered. */
export const LANGUAGES: readonly Language[] = ['en', 'da', 'pt', 'ar'];

/** The language used when the browser asks for one we do not ship. */
export const FALLBACK_LANGUAGE: Language = 'en';

/** Writing direction of a language: Arabic is right-to-left. */
export function directionOf(language: Language): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/** Picks the shipped language for a BCP 47 tag such as `pt-BR` or `da`, if any. */
export function toLanguage(tag: string | undefined | null): Language | undefined {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === base);
}
