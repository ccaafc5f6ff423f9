// Keeps the page in step with the device settings and with the shown person's "how I like it",
// also when another tab changes them: language, colours, text size, letters, pictures, motion.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { lookOf } from '../domain/preferences';
import { usePerson, useShownPersonId } from '../people';
import { useDeviceSettings } from '../settings';
import { applyLook } from '../ui/applyLook';

/** Applies the look and language; renders nothing. */
export function DeviceSync() {
  const settings = useDeviceSettings();
  const personId = useShownPersonId();
  // undefined while read: the look startApp put on before the first paint stays until then,
  // so big text never shrinks for a moment.
  const person = usePerson(personId ?? '');
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!settings || (personId && person === undefined)) return;
    applyLook(lookOf(personId ? person?.preferences : undefined, settings.theme));
  }, [settings, personId, person]);
  useEffect(() => {
    if (settings?.language && settings.language !== i18n.language) {
      void i18n.changeLanguage(settings.language);
    }
  }, [settings, i18n]);
  return null;
}
