// Settings of this tablet: language, how it looks, whether the plans are kept safe, the people on
// it (and removing one), the list of shares, and the way to put back a copy of everything.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, toLanguage, type Language } from '../domain/languages';
import type { Theme } from '../domain/types';
import { updateDeviceSettings } from '../storage';
import { hrefOf } from '../app/routes';
import { BackButton } from '../ui/BackButton';
import { LinkButton } from '../ui/Button';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { PeopleOnTablet } from './PeopleOnTablet';
import { ShareLog } from './ShareLog';
import { StorageStatus } from './StorageStatus';
import { useDeviceSettings } from './useDeviceSettings';
import { applyTheme } from '../ui/applyTheme';

const THEMES: { id: Theme; symbolId: string }[] = [
  { id: 'light', symbolId: '2600' },
  { id: 'high-contrast', symbolId: '1f311' },
  { id: 'calm', symbolId: '1f338' },
];

/** The settings screen. */
export function SettingsScreen() {
  const { t, i18n } = useTranslation();
  const settings = useDeviceSettings();
  // Shown at once: the write comes back through the live query, and a language's words load first.
  const [chosenLanguage, setChosenLanguage] = useState<Language>();
  const current = chosenLanguage ?? toLanguage(i18n.language) ?? 'en';
  const [chosenTheme, setChosenTheme] = useState<Theme>();
  const theme = chosenTheme ?? settings?.theme ?? 'light';

  function handleTheme(next: Theme) {
    setChosenTheme(next);
    applyTheme(next);
    void updateDeviceSettings({ theme: next });
  }

  function handleLanguage(language: Language) {
    setChosenLanguage(language);
    void i18n.changeLanguage(language);
    void updateDeviceSettings({ language });
  }

  return (
    <ScreenLayout
      title={t('settings.title')}
      titlePicture={<SymbolImage symbolId="2699" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={<BackButton label={t('nav.back')} />}
    >
      <fieldset className="field choices">
        <legend>
          <SymbolImage symbolId="1f310" alt="" size={32} />
          {t('settings.language')}
        </legend>
        {LANGUAGES.map((language) => (
          <label key={language} className="choice" lang={language}>
            <input
              type="radio"
              name="language"
              checked={current === language}
              onChange={() => handleLanguage(language)}
            />
            <span>{t(`languages.${language}`, { lng: language })}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field choices">
        <legend>
          <SymbolImage symbolId="1f3a8" alt="" size={32} />
          {t('settings.look')}
        </legend>
        {THEMES.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name="theme"
              checked={theme === option.id}
              onChange={() => handleTheme(option.id)}
            />
            <SymbolImage symbolId={option.symbolId} alt="" size={32} />
            <span>{t(`themes.${option.id}`)}</span>
          </label>
        ))}
      </fieldset>
      <h2 className="section-title">
        <SymbolImage symbolId="1f4be" alt="" size={32} />
        {t('settings.storage')}
      </h2>
      <StorageStatus />
      <div className="settings-restore">
        <p className="lead">{t('restore.settingsHint')}</p>
        <LinkButton href={hrefOf({ name: 'restore' })} symbolId="1f4e6">
          {t('restore.title')}
        </LinkButton>
      </div>
      <h2 className="section-title">
        <SymbolImage symbolId="1f465" alt="" size={32} />
        {t('settings.people')}
      </h2>
      <PeopleOnTablet />
      <h2 className="section-title">
        <SymbolImage symbolId="1f4e4" alt="" size={32} />
        {t('shareLog.title')}
      </h2>
      <ShareLog />
    </ScreenLayout>
  );
}
