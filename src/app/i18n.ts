// Sets up i18next with every shipped language from locales/, and keeps <html lang dir> in step.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from '../../locales/ar.json';
import da from '../../locales/da.json';
import en from '../../locales/en.json';
import pt from '../../locales/pt.json';
import { directionOf, FALLBACK_LANGUAGE, toLanguage, type Language } from '../domain/languages';

/** Every shipped language's strings, by language. */
export const RESOURCES: Record<Language, typeof en> = { en, da, pt, ar };

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
  await i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      Object.entries(RESOURCES).map(([lng, strings]) => [lng, { translation: strings }]),
    ),
    lng: language,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: [...Object.keys(RESOURCES)],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyDocumentLanguage(language);
  return i18next;
}
