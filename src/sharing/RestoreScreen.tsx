// "Open a copy of everything": choose a backup file, give its password, see whose it is and how
// much it holds, be told plainly when that person is already here and will be replaced, then
// put it on this tablet and go to their home.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { hrefOf, navigate } from '../app/routes';
import { usePerson } from '../people';
import { restorePersonBundle } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { BundlePreview } from './BundlePreview';
import { FilePicker } from './FilePicker';
import { FileUnlock } from './FileUnlock';
import { openProblemText } from './problemText';
import { SpokenProblem } from './SpokenProblem';
import { StepTitle } from './StepTitle';
import { useOpenedFile } from './useOpenedFile';
import './sharing.css';

/** The restore screen (not tied to a person: the person comes from the file). */
export function RestoreScreen() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { opening, problem, isBusy, choose, unlock, reset, fail } = useOpenedFile();
  const bundle = opening.step === 'preview' ? opening.bundle : undefined;
  const here = usePerson(bundle?.person.id ?? '');
  const [isSaving, setSaving] = useState(false);

  async function handleRestore() {
    if (!bundle) return;
    setSaving(true);
    try {
      const personId = await restorePersonBundle(bundle);
      announce(t('restore.done', { name: bundle.person.name }));
      navigate({ name: 'home', personId });
    } catch (error) {
      fail(openProblemText(error, t));
      setSaving(false);
    }
  }

  return (
    <ScreenLayout
      title={t('restore.title')}
      titlePicture={<SymbolImage symbolId="1f4e6" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={
        <LinkButton href={hrefOf({ name: 'settings' })} symbolId="2699" variant="quiet">
          {t('settings.title')}
        </LinkButton>
      }
    >
      <div className="share-screen">
        <section aria-labelledby="restore-choose">
          <StepTitle
            id="restore-choose"
            symbolId="1f4c2"
            title={t('restore.chooseTitle')}
            hint={t('restore.chooseHint')}
          />
          <FilePicker
            label={t(opening.step === 'choose' ? 'openFile.choose' : 'openFile.chooseAnother')}
            onFile={choose}
          />
        </section>
        {isBusy ? <Message tone="info">{t('openFile.opening')}</Message> : null}
        <SpokenProblem problem={problem} />
        {opening.step === 'password' ? <FileUnlock isBusy={isBusy} onUnlock={unlock} /> : null}
        {bundle ? (
          <section aria-labelledby="restore-inside">
            <StepTitle
              id="restore-inside"
              symbolId="1f441"
              title={t('openFile.insideTitle')}
              hint={t('openFile.insideHint')}
            />
            <BundlePreview bundle={bundle} showPlans={false} />
            {bundle.kind !== 'backup' ? (
              <Message tone="warning">{t('restore.notBackup')}</Message>
            ) : here === undefined ? null : (
              <>
                {here ? (
                  <Message tone="warning">
                    {t('restore.replaces', { name: bundle.person.name })}
                  </Message>
                ) : null}
                <div className="file-ways__buttons">
                  <Button
                    symbolId={here ? '1f504' : '1f4e5'}
                    variant="primary"
                    size="large"
                    disabled={isSaving}
                    onClick={() => void handleRestore()}
                  >
                    {t(here ? 'restore.replace' : 'restore.put', { name: bundle.person.name })}
                  </Button>
                  <Button symbolId="274c" size="large" disabled={isSaving} onClick={reset}>
                    {t('restore.dont')}
                  </Button>
                </div>
              </>
            )}
          </section>
        ) : null}
      </div>
    </ScreenLayout>
  );
}
