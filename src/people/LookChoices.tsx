// "How it looks" on How I like it: text size, letters, colours, pictures and words, and keeping
// things still. Each choice is shown with what it does (letters at their size, in their font).
import { useTranslation } from 'react-i18next';
import { lookOf, TEXT_SIZES } from '../domain/preferences';
import type { FontChoice, PictureDisplay, Preferences, TextSize, Theme } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { BigChoices, ChoiceLegend, type BigChoice } from './BigChoices';

const THEME_PICTURES: Record<Theme, string> = {
  light: '2600',
  'high-contrast': '1f311',
  calm: '1f338',
};
const PICTURE_CHOICES: { id: PictureDisplay; symbolId: string; hasAbout?: boolean }[] = [
  { id: 'both', symbolId: '1f4d6' },
  { id: 'large', symbolId: '1f50d' },
  { id: 'pictures', symbolId: '1f5bc', hasAbout: true },
  { id: 'words', symbolId: '1f4dd', hasAbout: true },
];

interface LookChoicesProps {
  preferences: Preferences;
  deviceTheme: Theme;
  onChange: (change: Partial<Preferences>) => void;
}

/** The choices of how the app looks for this person; each one is applied at once. */
export function LookChoices({ preferences, deviceTheme, onChange }: LookChoicesProps) {
  const { t } = useTranslation();
  const look = lookOf(preferences, deviceTheme);
  const sizes: BigChoice<`${TextSize}`>[] = TEXT_SIZES.map((size) => ({
    id: `${size}`,
    symbolId: '1f524',
    label: t(`howILikeIt.textSizes.${size}`),
    picture: (
      <span
        className="text-sample"
        style={{ fontSize: `${(2 * size) / 100}rem` }}
        aria-hidden="true"
      >
        {t('howILikeIt.textSample')}
      </span>
    ),
  }));
  const fonts: BigChoice<FontChoice>[] = (['standard', 'readable'] as const).map((font) => ({
    id: font,
    symbolId: '1f524',
    label: t(`howILikeIt.fonts.${font}`),
    about: font === 'readable' ? t('howILikeIt.fonts.readableAbout') : undefined,
    picture: (
      <span className={`text-sample text-sample--${font}`} aria-hidden="true">
        {t('howILikeIt.textSample')}
      </span>
    ),
  }));
  const themes: BigChoice<Theme>[] = (['light', 'high-contrast', 'calm'] as const).map((theme) => ({
    id: theme,
    symbolId: THEME_PICTURES[theme],
    label: t(`themes.${theme}`),
  }));
  const pictures: BigChoice<PictureDisplay>[] = PICTURE_CHOICES.map((choice) => ({
    id: choice.id,
    symbolId: choice.symbolId,
    label: t(`howILikeIt.pictureChoices.${choice.id}`),
    about: choice.hasAbout ? t(`howILikeIt.pictureChoices.${choice.id}About`) : undefined,
  }));

  return (
    <>
      <BigChoices
        legend={<ChoiceLegend symbolId="1f520">{t('howILikeIt.textSize')}</ChoiceLegend>}
        name="text-size"
        options={sizes}
        value={`${look.textSize}`}
        onChange={(size) => onChange({ textSize: Number(size) as TextSize })}
      />
      <BigChoices
        legend={<ChoiceLegend symbolId="1f524">{t('howILikeIt.font')}</ChoiceLegend>}
        name="font"
        options={fonts}
        value={look.font}
        onChange={(font) => onChange({ font })}
      />
      <BigChoices
        legend={<ChoiceLegend symbolId="1f3a8">{t('howILikeIt.colours')}</ChoiceLegend>}
        name="theme"
        options={themes}
        value={look.theme}
        onChange={(theme) => onChange({ theme })}
      />
      <BigChoices
        legend={<ChoiceLegend symbolId="1f5bc">{t('howILikeIt.pictures')}</ChoiceLegend>}
        name="pictures"
        options={pictures}
        value={look.pictures}
        onChange={(choice) => onChange({ pictures: choice })}
      />
      <label className="choice big-tick">
        <input
          type="checkbox"
          checked={look.reduceMotion}
          onChange={(event) => onChange({ reduceMotion: event.target.checked })}
        />
        <SymbolImage symbolId="1f9d8" alt="" size={32} />
        <span>{t('howILikeIt.reduceMotion')}</span>
      </label>
    </>
  );
}
