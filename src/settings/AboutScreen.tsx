// About My Plan: what it is, that data stays on this device, and credit for the pictures and words.
import { useTranslation } from 'react-i18next';
import { BackButton } from '../ui/BackButton';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';

interface Credit {
  what: string;
  name: string;
  licence: string;
  url: string;
}

// Names of works and licences are proper names: they stay as their authors wrote them.
const CREDITS: Credit[] = [
  {
    what: 'about.pictures',
    name: 'OpenMoji – the open-source emoji and icon project',
    licence: 'CC BY-SA 4.0',
    url: 'https://openmoji.org',
  },
  {
    what: 'about.wordsDaPt',
    name: 'Emojibase (emojibase-data)',
    licence: 'MIT',
    url: 'https://emojibase.dev',
  },
  {
    what: 'about.wordsAr',
    name: 'Unicode CLDR (cldr-annotations-full)',
    licence: 'Unicode License v3',
    url: 'https://cldr.unicode.org',
  },
];

/** The about screen. */
export function AboutScreen() {
  const { t } = useTranslation();
  return (
    <ScreenLayout
      title={t('about.title')}
      titlePicture={<SymbolImage symbolId="2139" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={<BackButton label={t('nav.back')} />}
    >
      <p className="lead">{t('about.what')}</p>
      <p className="lead">
        <SymbolImage symbolId="1f512" alt="" size={32} />
        {t('about.private')}
      </p>
      <h2 className="section-title">{t('about.credits')}</h2>
      <ul className="credits">
        {CREDITS.map((credit) => (
          <li key={credit.url}>
            <span className="credits__what">{t(credit.what)}</span>{' '}
            <a href={credit.url} rel="noreferrer" target="_blank" lang="en">
              {credit.name}
            </a>
            {t('about.licence', { licence: credit.licence })}
          </li>
        ))}
      </ul>
    </ScreenLayout>
  );
}
