// Makes a .myplan file of what the person agreed to and hands it over: saved on the device or
// sent with the share sheet. Every hand-over is written in the list of shares; nothing is
// written when it did not happen (the person closed the share sheet, or making the file failed).
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import type { PlanBundle } from '../domain/bundle';
import { recordShare } from '../storage';
import { MYPLAN_MIME, writeMyPlanFile } from './files';
import { downloadFile, sendFile } from './handOver';
import { shareProblemText } from './problemText';

/** What `recordShare` keeps about one share. */
export type ShareInput = Parameters<typeof recordShare>[0];

/** What goes into the file, its name, and how its hand-over is recorded. */
export interface HandOverPlan {
  fileName: string;
  collect: () => Promise<PlanBundle>;
  /** The record of one hand-over; `tappedAt` is when the person tapped Save or Send. */
  record: (
    how: 'file' | 'send',
    bundle: PlanBundle,
    isLocked: boolean,
    tappedAt: number,
  ) => ShareInput;
}

/** Where a hand-over stands: making the file, what went wrong, or what was done. */
export interface HandOverState {
  isBusy: boolean;
  problem?: string;
  done?: string;
}

interface Made {
  password: string;
  file: File;
  bundle: PlanBundle;
}

/** `save` and `send` a file made from `plan`, locked when a password is given. */
export function useFileHandOver(plan: HandOverPlan) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [state, setState] = useState<HandOverState>({ isBusy: false });
  // A file made for Send whose tap ran out while it was being made: the next tap sends it.
  const ready = useRef<Made | undefined>(undefined);

  async function make(password: string): Promise<Made> {
    const bundle = await plan.collect();
    const bytes = await writeMyPlanFile(bundle, password || undefined);
    const file = new File([bytes], plan.fileName, { type: MYPLAN_MIME });
    return { password, file, bundle };
  }

  function finish(done: string) {
    setState({ isBusy: false, done });
    announce(done);
  }

  function fail(problem: string) {
    setState({ isBusy: false, problem });
  }

  async function save(password: string) {
    const tappedAt = Date.now();
    setState({ isBusy: true });
    try {
      const made = await make(password);
      await recordShare(plan.record('file', made.bundle, password !== '', tappedAt));
      downloadFile(made.file, plan.fileName);
      finish(t(password ? 'share.savedLocked' : 'share.saved', { name: plan.fileName }));
    } catch (error) {
      fail(shareProblemText(error, t));
    }
  }

  async function send(password: string) {
    const tappedAt = Date.now();
    setState({ isBusy: true });
    try {
      const kept = ready.current;
      const made = kept?.password === password ? kept : await make(password);
      ready.current = undefined;
      const result = await sendFile(made.file, plan.fileName);
      if (result === 'sent') {
        await recordShare(plan.record('send', made.bundle, password !== '', tappedAt));
        finish(t('share.sent'));
      } else if (result === 'tap-again') {
        ready.current = made;
        fail(t('share.tapAgain'));
      } else if (result === 'cancelled') {
        finish(t('share.notSent'));
      } else {
        fail(t('share.sendFailed'));
      }
    } catch (error) {
      fail(shareProblemText(error, t));
    }
  }

  return { state, save, send };
}
