// Switch access, as AAC users expect: when the person chose one or two switches in "How I like
// it", a highlight walks the screen and Space / Enter (what most switch boxes send) choose.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scanning } from '../../domain/types';
import type { GroupNames } from './scanHighlight';
import { Scanner } from './scanner';
import './scanning.css';

/** The slowest and fastest the highlight may move (seconds on each thing). */
const SECONDS_RANGE = { least: 0.5, most: 5 } as const;

interface SwitchScanningProps {
  /** Off (nothing at all happens), one switch or two. */
  mode: Scanning;
  /** One switch: how long the highlight stays on each thing. */
  seconds: number;
}

function clampSeconds(seconds: number): number {
  if (!Number.isFinite(seconds)) return 2;
  return Math.min(SECONDS_RANGE.most, Math.max(SECONDS_RANGE.least, seconds));
}

/** Runs switch scanning over whatever screen shows; renders nothing. */
export function SwitchScanning({ mode, seconds }: SwitchScanningProps) {
  const { t } = useTranslation();
  const scanner = useRef<Scanner | undefined>(undefined);
  const latest = useRef({ seconds, names: (): GroupNames => ({ topBar: '', group: '' }) });
  useEffect(() => {
    latest.current = {
      seconds,
      names: () => ({ topBar: t('scanning.topBar'), group: t('scanning.group') }),
    };
    scanner.current?.setSeconds(clampSeconds(seconds));
  }, [seconds, t]);
  useEffect(() => {
    if (mode === 'off') return undefined;
    const running = new Scanner(mode, clampSeconds(latest.current.seconds), () =>
      latest.current.names(),
    );
    scanner.current = running;
    running.start();
    return () => {
      running.stop();
      scanner.current = undefined;
    };
  }, [mode]);
  return null;
}
