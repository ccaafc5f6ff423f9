// A time as a date and hour in words, in the person's language ("12 March 2026, 14:05").
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats a time (ms) as a date and an hour in the current language. */
export function useDateWords(): (at: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'long',
      timeStyle: 'short',
    });
    return (at: number) => format.format(at);
  }, [i18n.language]);
}
