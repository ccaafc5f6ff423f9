// Entering a person's picture code: the pictures tapped so far, the check after the last one,
// and what to say when it was wrong (the screen shows it as an alert). Used by the lock screen and before changing the code.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_LENGTH, type CodePictureId } from '../../domain/pictureCode';
import { StorageError, tryPictureCode } from '../../storage';

/** What a screen needs to take a code. */
export interface CodeTryState {
  entered: CodePictureId[];
  /** A plain sentence after a wrong try or a failed check. */
  problem?: string;
  isChecking: boolean;
  /** The wait this screen learnt of (the stored one may come a moment later). */
  waitUntil?: number;
  tap: (id: CodePictureId) => void;
  startAgain: () => void;
}

/** Takes person `personId`'s code; `onRight` runs once it was right. */
export function useCodeTry(personId: string, onRight: () => void): CodeTryState {
  const { t } = useTranslation();
  const [entered, setEntered] = useState<CodePictureId[]>([]);
  const [problem, setProblem] = useState<string>();
  const [isChecking, setIsChecking] = useState(false);
  const [waitUntil, setWaitUntil] = useState<number>();

  async function check(ids: CodePictureId[]) {
    setIsChecking(true);
    try {
      const tried = await tryPictureCode(personId, ids);
      if (tried.result === 'right') return onRight();
      if (tried.waitUntil) setWaitUntil(tried.waitUntil);
      const left =
        tried.result === 'wrong' && !tried.waitUntil
          ? ` ${t('lock.triesLeft', { count: tried.triesLeft })}`
          : '';
      setProblem(tried.result === 'wrong' ? `${t('lock.wrong')}${left}` : undefined);
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
    } finally {
      setIsChecking(false);
      setEntered([]);
    }
  }

  function tap(id: CodePictureId) {
    if (isChecking || entered.length >= CODE_LENGTH) return;
    const next = [...entered, id];
    setEntered(next);
    setProblem(undefined);
    if (next.length === CODE_LENGTH) void check(next);
  }

  return { entered, problem, isChecking, waitUntil, tap, startAgain: () => setEntered([]) };
}
