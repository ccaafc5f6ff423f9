// Keeps the page in step with the device settings, also when another tab changes them.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDeviceSettings } from '../settings';
import { applyTheme } from '../ui/applyTheme';

/** Applies theme and language from the stored settings; renders nothing. */
export function DeviceSync() {
  const settings = useDeviceSettings();
  const { i18n } = useTranslation();
  useEffect(() => {
    if (!settings) return;
    applyTheme(settings.theme);
    if (settings.language && settings.language !== i18n.language) {
      void i18n.changeLanguage(settings.language);
    }
  }, [settings, i18n]);
  return null;
}
