// "Switches" on How I like it: no switch, one switch (the light moves by itself) or two (one
// moves, one chooses), and how fast the light moves when it moves by itself.
import { useTranslation } from 'react-i18next';
import { SCAN_SPEEDS, scanSpeedOf, type Speed } from '../domain/preferences';
import type { Preferences, Scanning } from '../domain/types';
import { BigChoices, ChoiceLegend, type BigChoice } from './BigChoices';

const SCANNING_PICTURES: Record<Scanning, string> = { off: '1f446', one: '1f534', two: '1f535' };
const SPEED_PICTURES: Record<Speed, string> = { slow: '1f422', normal: '1f6b6', fast: '1f3c3' };

interface SwitchChoicesProps {
  preferences: Preferences;
  onChange: (change: Partial<Preferences>) => void;
}

/** The switch-scanning choices; the speed shows only when a switch is chosen. */
export function SwitchChoices({ preferences, onChange }: SwitchChoicesProps) {
  const { t } = useTranslation();
  const scanning = preferences.scanning ?? 'off';
  const modes: BigChoice<Scanning>[] = (['off', 'one', 'two'] as const).map((mode) => ({
    id: mode,
    symbolId: SCANNING_PICTURES[mode],
    label: t(`howILikeIt.scanning.${mode}`),
    about: t(`howILikeIt.scanning.${mode}About`),
  }));
  const speeds: BigChoice<Speed>[] = (['slow', 'normal', 'fast'] as const).map((speed) => ({
    id: speed,
    symbolId: SPEED_PICTURES[speed],
    label: t(`howILikeIt.speeds.${speed}`),
  }));
  return (
    <>
      <BigChoices
        legend={<ChoiceLegend symbolId="1f579">{t('howILikeIt.switches')}</ChoiceLegend>}
        name="scanning"
        options={modes}
        value={scanning}
        onChange={(mode) => onChange({ scanning: mode })}
      />
      {scanning === 'off' ? null : (
        <BigChoices
          legend={<ChoiceLegend symbolId="23f1">{t('howILikeIt.scanSpeed')}</ChoiceLegend>}
          name="scan-speed"
          options={speeds}
          value={scanSpeedOf(preferences.scanSeconds)}
          onChange={(speed) => onChange({ scanSeconds: SCAN_SPEEDS[speed] })}
        />
      )}
    </>
  );
}
