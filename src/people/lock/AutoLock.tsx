// Locks the person let in after their chosen time without a touch or a key, and at once when
// My Plan is hidden (another app, the home button, the screen turned off). While the person
// takes a photo or chooses a file, the camera or file window may hide My Plan: that is not
// leaving, so it locks then only if they stay away longer than the idle time.
import { useEffect } from 'react';
import { flushSync } from 'react-dom';
import type { LockSummary } from '../../storage';
import { forgetShownWords } from './forgetShownWords';
import { lockEveryone } from './lockState';

const INPUTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

function isFileInput(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && target.type === 'file';
}

function lockNow(): void {
  flushSync(lockEveryone);
  forgetShownWords();
}

/** Watches for the moments to lock; starts and stops with `idleMs` (undefined: nothing to lock). */
function watchForLock(idleMs: number): () => void {
  let lastInput = Date.now();
  let choosingFile = false;
  let hiddenAt: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const left = lastInput + idleMs - Date.now();
    if (left <= 0) lockNow();
    else timer = setTimeout(check, left);
  };
  const handleInput = () => {
    lastInput = Date.now();
    // Back from a file or camera window (some browsers never say it was closed).
    choosingFile = false;
  };
  const handleClick = (event: Event) => {
    if (isFileInput(event.target)) choosingFile = true;
  };
  const handleChosen = (event: Event) => {
    if (isFileInput(event.target)) choosingFile = false;
  };
  const handleVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hiddenAt = Date.now();
      if (!choosingFile) lockNow();
      return;
    }
    if (hiddenAt !== undefined && Date.now() - hiddenAt >= idleMs) lockNow();
    hiddenAt = undefined;
  };
  const listen = { capture: true, passive: true } as const;
  INPUTS.forEach((name) => document.addEventListener(name, handleInput, listen));
  document.addEventListener('click', handleClick, listen);
  document.addEventListener('change', handleChosen, listen);
  document.addEventListener('cancel', handleChosen, listen);
  document.addEventListener('visibilitychange', handleVisibility);
  timer = setTimeout(check, idleMs);
  return () => {
    clearTimeout(timer);
    INPUTS.forEach((name) => document.removeEventListener(name, handleInput, listen));
    document.removeEventListener('click', handleClick, listen);
    document.removeEventListener('change', handleChosen, listen);
    document.removeEventListener('cancel', handleChosen, listen);
    document.removeEventListener('visibilitychange', handleVisibility);
  };
}

/** Locks the person let in (`summary`) when they are away; renders nothing. */
export function AutoLock({ summary }: { summary: LockSummary | undefined }) {
  const idleMs = summary?.hasCode ? summary.idleMinutes * 60_000 : undefined;
  useEffect(() => (idleMs === undefined ? undefined : watchForLock(idleMs)), [idleMs]);
  return null;
}
