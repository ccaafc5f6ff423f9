// Sets up i18next with the shipped languages from locales/, and keeps <html lang dir> in step.
// Each language is its own chunk, loaded when it is used (all are precached, so this works
// offline): the first screen carries one language's words, not four.
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { directionOf, FALLBACK_LANGUAGE, toLanguage, type Language } from '../domain/languages';

type Strings = { default: ResourceKey };

/** Loads each shipped language's strings (a chunk of its own). */
const LOADERS: Record<Language, () => Promise<Strings>> = {
  en: () => import('../../locales/en.json'),
  da: () => import('../../locales/da.json'),
  pt: () => import('../../locales/pt.json'),
  ar: () => import('../../locales/ar.json'),
};

/** An i18next backend that reads a language's strings from its chunk. */
const localeChunks: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, done) {
    const load = LOADERS[toLanguage(language) ?? FALLBACK_LANGUAGE];
    load().then(
      (strings) => done(null, strings.default),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The language the browser asks for, if we ship it; else English. */
export function browserLanguage(): Language {
  const tags =
    typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  for (const tag of tags) {
    const language = toLanguage(tag);
    if (language) return language;
  }
  return FALLBACK_LANGUAGE;
}

/** Sets `<html lang dir>` so screen readers speak the right language and Arabic runs right-to-left. */
export function applyDocumentLanguage(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = directionOf(language);
}

/** Starts i18next in `language`; call once before the first render. */
export async function startI18n(language: Language): Promise<typeof i18next> {
  i18next.on('languageChanged', (lng) =>
    applyDocumentLanguage(toLanguage(lng) ?? FALLBACK_LANGUAGE),
  );
  await i18next
    .use(localeChunks)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: FALLBACK_LANGUAGE,
      supportedLngs: Object.keys(LOADERS),
      react: { useSuspense: false },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  applyDocumentLanguage(language);
  return i18next;
}
