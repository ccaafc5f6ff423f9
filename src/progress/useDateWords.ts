// Dates in words in the person's language ("12 March 2025", or "12 Mar 2025" where room is
// short), for the progress screens.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Formats a time (ms) as a date in words, in the current language; `short` names the month short. */
export function useDateWords(month: 'long' | 'short' = 'long'): (at: number) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, {
      day: 'numeric',
      month,
      year: 'numeric',
    });
    return (at: number) => format.format(at);
  }, [i18n.language, month]);
}
