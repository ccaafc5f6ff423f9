// Opening a .myplan file step by step: choose it, give its password when it is locked, see what
// is inside, then keep it. Nothing is stored here (the screen's `keep` does that). A problem is
// said in plain words; choosing another file (or leaving) lets the one before go.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanBundle } from '../domain/bundle';
import { FileError, isLockedFile, readMyPlanFile } from './files';
import { openProblemText } from './problemText';

/** Where opening a file stands. */
export type Opening =
  | { step: 'choose' }
  | { step: 'password'; file: File }
  | { step: 'preview'; file: File; bundle: PlanBundle };

/** The steps of opening a file, what went wrong, and keeping what it holds. */
export function useOpenedFile() {
  const { t } = useTranslation();
  const [opening, setOpening] = useState<Opening>({ step: 'choose' });
  const [problem, setProblem] = useState<string>();
  const [isBusy, setBusy] = useState(false);
  const [isSaving, setSaving] = useState(false);
  // Each read gets a number: a slow read of an older file never replaces a newer choice.
  const latest = useRef(0);

  async function read(file: File, password: string | undefined, n: number) {
    try {
      if (password === undefined && (await isLockedFile(file))) {
        if (n === latest.current) setOpening({ step: 'password', file });
        return;
      }
      const bundle = await readMyPlanFile(file, password);
      if (n === latest.current) setOpening({ step: 'preview', file, bundle });
    } catch (error) {
      if (n !== latest.current) return;
      setProblem(openProblemText(error, t));
      const isPasswordProblem =
        error instanceof FileError &&
        (error.problem === 'wrong-password' || error.problem === 'needs-password');
      setOpening(isPasswordProblem ? { step: 'password', file } : { step: 'choose' });
    } finally {
      if (n === latest.current) setBusy(false);
    }
  }

  /** Starts over with `file`: the file before is let go. */
  function choose(file: File) {
    latest.current += 1;
    setOpening({ step: 'choose' });
    setProblem(undefined);
    setBusy(true);
    void read(file, undefined, latest.current);
  }

  /** Tries to open the locked file with `password`. */
  function unlock(password: string) {
    if (opening.step !== 'password') return;
    latest.current += 1;
    setProblem(undefined);
    setBusy(true);
    void read(opening.file, password, latest.current);
  }

  /** Lets the file go and starts again. */
  function reset() {
    latest.current += 1;
    setOpening({ step: 'choose' });
    setProblem(undefined);
    setBusy(false);
  }

  /** Keeps what the opened file holds with `store`; a problem is said and the buttons come back. */
  async function keep(store: (bundle: PlanBundle) => Promise<void>) {
    if (opening.step !== 'preview') return;
    setSaving(true);
    try {
      await store(opening.bundle);
    } catch (error) {
      setProblem(openProblemText(error, t));
      setSaving(false);
    }
  }

  const bundle = opening.step === 'preview' ? opening.bundle : undefined;
  return { opening, bundle, problem, isBusy, isSaving, choose, unlock, reset, keep };
}
