// The parts every "open a .myplan file" screen shows (open a file, put back a copy of everything):
// choosing the file, the password when it is locked, problems in plain words, and what is inside.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanBundle } from '../domain/bundle';
import { Message } from '../ui/Message';
import { BundlePreview } from './BundlePreview';
import { FilePicker } from './FilePicker';
import { FileUnlock } from './FileUnlock';
import { SpokenProblem } from './SpokenProblem';
import { StepTitle } from './StepTitle';
import type { useOpenedFile } from './useOpenedFile';

interface FileChooseStepsProps {
  /** Starts the ids of the sections (for aria-labelledby). */
  idPrefix: string;
  title: string;
  hint: string;
  /** What `useOpenedFile` returns. */
  file: ReturnType<typeof useOpenedFile>;
}

/** Choose a file, then its password when it is locked; "Opening…" and problems in between. */
export function FileChooseSteps({ idPrefix, title, hint, file }: FileChooseStepsProps) {
  const { t } = useTranslation();
  const { opening, problem, isBusy, choose, unlock } = file;
  return (
    <>
      <section aria-labelledby={`${idPrefix}-choose`}>
        <StepTitle id={`${idPrefix}-choose`} symbolId="1f4c2" title={title} hint={hint} />
        <FilePicker
          label={t(opening.step === 'choose' ? 'openFile.choose' : 'openFile.chooseAnother')}
          onFile={choose}
        />
      </section>
      {isBusy ? <Message tone="info">{t('openFile.opening')}</Message> : null}
      <SpokenProblem problem={problem} />
      {opening.step === 'password' ? <FileUnlock isBusy={isBusy} onUnlock={unlock} /> : null}
    </>
  );
}

interface FileInsideProps {
  idPrefix: string;
  bundle: PlanBundle;
  /** Whether to list the plans by name. */
  showPlans: boolean;
  /** What comes after the preview in the same section. */
  children?: ReactNode;
}

/** "What is inside": the opened file's preview. */
export function FileInside({ idPrefix, bundle, showPlans, children }: FileInsideProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={`${idPrefix}-inside`}>
      <StepTitle
        id={`${idPrefix}-inside`}
        symbolId="1f441"
        title={t('openFile.insideTitle')}
        hint={t('openFile.insideHint')}
      />
      <BundlePreview bundle={bundle} showPlans={showPlans} />
      {children}
    </section>
  );
}
