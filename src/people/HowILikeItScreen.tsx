// "How I like it": the person chooses how the app looks (text size, letters, colours, pictures,
// stillness), the voice that reads aloud and its speed, switches, and whether the app shows a few
// big buttons or every tool. Each choice is kept at once and shows at once.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { toLanguage } from '../domain/languages';
import { SPEED_RATES, speedOf, type Speed } from '../domain/preferences';
import type { Mode, Preferences } from '../domain/types';
import { StorageError, updatePreferences } from '../storage';
import { NotFoundScreen } from '../ui/NotFoundScreen';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { BigChoices, ChoiceLegend, type BigChoice } from './BigChoices';
import { PersonPicture } from './PersonPicture';
import { usePerson } from './usePeople';
import { usePreferences } from './usePreferences';
import { useVoices } from './useVoices';
import { VoiceChoices } from './VoiceChoices';
import './howILikeIt.css';
import { ProblemMessage } from '../ui/ProblemMessage';
import { HomeLink } from './HomeLink';
import { LookChoices } from './LookChoices';
import { SwitchChoices } from './SwitchChoices';
import { useDeviceSettings } from '../settings';
import { applyLook } from '../ui/applyLook';
import { lookOf } from '../domain/preferences';

const SPEED_PICTURES: { id: Speed; symbolId: string }[] = [
  { id: 'slow', symbolId: '1f422' },
  { id: 'normal', symbolId: '1f6b6' },
  { id: 'fast', symbolId: '1f3c3' },
];
const MODES: { id: Mode; symbolId: string }[] = [
  { id: 'me', symbolId: '1f9cd' },
  { id: 'helper', symbolId: '1f9f0' },
];

function SectionTitle({ symbolId, children }: { symbolId: string; children: string }) {
  return (
    <h2 className="section-title">
      <SymbolImage symbolId={symbolId} alt="" size={40} />
      {children}
    </h2>
  );
}

/** The "How I like it" screen of one person. */
export function HowILikeItScreen({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const person = usePerson(personId);
  const stored = usePreferences(personId);
  // Shown at once, before the write comes back through the live query.
  const [chosen, setChosen] = useState<Partial<Preferences>>({});
  const [problem, setProblem] = useState<string>();
  const preferences: Preferences = { ...stored, ...chosen };
  const voices = useVoices(toLanguage(i18n.language) ?? 'en');
  const deviceTheme = useDeviceSettings()?.theme ?? 'light';

  async function save(change: Partial<Preferences>) {
    setChosen((previous) => ({ ...previous, ...change }));
    // Shown at once; the stored choice comes back through the live query and keeps it.
    applyLook(lookOf({ ...preferences, ...change }, deviceTheme));
    setProblem(undefined);
    try {
      await updatePreferences(personId, change);
      announce(t('howILikeIt.saved'));
    } catch (error) {
      setChosen({});
      applyLook(lookOf(stored, deviceTheme));
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
    }
  }

  const home = <HomeLink personId={personId} />;
  if (person === null) {
    return <NotFoundScreen message={t('errors.personNotFound')} start={home} />;
  }
  if (!person) return null;

  const speeds: BigChoice<Speed>[] = SPEED_PICTURES.map(({ id, symbolId }) => ({
    id,
    symbolId,
    label: t(`howILikeIt.speeds.${id}`),
  }));
  const modes: BigChoice<Mode>[] = MODES.map(({ id, symbolId }) => ({
    id,
    symbolId,
    label: t(`howILikeIt.modes.${id}`),
    about: t(`howILikeIt.modes.${id}About`),
  }));
  return (
    <ScreenLayout
      title={t('howILikeIt.title')}
      titlePicture={<PersonPicture person={person} alt="" size={48} />}
      navLabel={t('nav.label')}
      start={home}
    >
      <p className="lead">{t('howILikeIt.intro')}</p>
      <ProblemMessage problem={problem} />
      <div className="how-i-like-it">
        <SectionTitle symbolId="1f3a8">{t('howILikeIt.sections.look')}</SectionTitle>
        <LookChoices
          preferences={preferences}
          deviceTheme={deviceTheme}
          onChange={(change) => void save(change)}
        />
        <SectionTitle symbolId="1f50a">{t('howILikeIt.sections.listen')}</SectionTitle>
        <VoiceChoices
          voices={voices}
          voiceURI={preferences.voiceURI}
          rate={preferences.rate}
          onChange={(voiceURI) => void save({ voiceURI })}
        />
        <label className="choice big-tick">
          <input
            type="checkbox"
            checked={preferences.readOnFocus === true}
            onChange={(event) => void save({ readOnFocus: event.target.checked })}
          />
          <SymbolImage symbolId="1f446" alt="" size={32} />
          <span>{t('howILikeIt.readOnFocus')}</span>
        </label>
        <BigChoices
          legend={<ChoiceLegend symbolId="23f1">{t('howILikeIt.speed')}</ChoiceLegend>}
          name="speed"
          options={speeds}
          value={speedOf(preferences.rate)}
          onChange={(speed) => void save({ rate: SPEED_RATES[speed] })}
        />
        <SectionTitle symbolId="1f579">{t('howILikeIt.sections.ways')}</SectionTitle>
        <SwitchChoices preferences={preferences} onChange={(change) => void save(change)} />
        <BigChoices
          legend={<ChoiceLegend symbolId="1f4f1">{t('howILikeIt.mode')}</ChoiceLegend>}
          name="mode"
          options={modes}
          value={preferences.mode}
          onChange={(mode) => void save({ mode })}
        />
      </div>
    </ScreenLayout>
  );
}
