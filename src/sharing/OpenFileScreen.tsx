// "Open a file": choose a .myplan file, give its password if it is locked, see what is inside
// before anything is saved, then add it as a new plan or update the plan it came from.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { hrefOf, navigate } from '../app/routes';
import type { PlanBundle } from '../domain/bundle';
import { HomeLink } from '../people';
import { existingPlanIds, importPlanBundle } from '../storage';
import { Button } from '../ui/Button';
import { Message } from '../ui/Message';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { FileChooseSteps, FileInside } from './OpenFileSteps';
import { StepTitle } from './StepTitle';
import { useOpenedFile } from './useOpenedFile';
import './sharing.css';

/** The plan ids of `bundle` this person has already (to offer "Update my plan"). */
function useExisting(bundle: PlanBundle | undefined, personId: string): string[] {
  const [found, setFound] = useState<{ bundle: PlanBundle; ids: string[] }>();
  useEffect(() => {
    if (!bundle) return undefined;
    let isCurrent = true;
    void Promise.resolve(existingPlanIds(bundle, personId))
      .then((ids) => {
        if (isCurrent) setFound({ bundle, ids });
      })
      .catch(() => undefined);
    return () => {
      isCurrent = false;
    };
  }, [bundle, personId]);
  return found && found.bundle === bundle ? found.ids : [];
}

/** The open-a-file screen of one person. */
export function OpenFileScreen({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const file = useOpenedFile();
  const { bundle, isSaving, reset } = file;
  const existing = useExisting(bundle, personId);

  async function handleAdd(how: 'new' | 'update') {
    await file.keep(async (opened) => {
      const planIds = await importPlanBundle(opened, personId, how);
      announce(t(how === 'new' ? 'openFile.added' : 'openFile.updated'));
      const [first] = planIds;
      navigate(
        planIds.length === 1 && first
          ? { name: 'plan', personId, planId: first }
          : { name: 'home', personId },
      );
    });
  }

  return (
    <ScreenLayout
      title={t('openFile.title')}
      titlePicture={<SymbolImage symbolId="1f4e5" alt="" size={40} />}
      navLabel={t('nav.label')}
      start={<HomeLink personId={personId} />}
    >
      <div className="share-screen">
        <FileChooseSteps
          idPrefix="file"
          title={t('openFile.chooseTitle')}
          hint={t('openFile.chooseHint')}
          file={file}
        />
        {bundle ? (
          <>
            <FileInside idPrefix="file" bundle={bundle} showPlans={bundle.kind === 'plans'} />
            <section aria-labelledby="file-add">
              <StepTitle
                id="file-add"
                symbolId="2795"
                title={t('openFile.addTitle')}
                hint={existing.length > 0 ? t('openFile.haveIt') : undefined}
              />
              {bundle.kind === 'backup' ? (
                <Message tone="warning">
                  {t('openFile.isBackup')}{' '}
                  <a href={hrefOf({ name: 'restore' })}>{t('restore.title')}</a>
                </Message>
              ) : (
                <div className="file-ways__buttons">
                  <Button
                    symbolId="2795"
                    variant="primary"
                    size="large"
                    disabled={isSaving}
                    onClick={() => void handleAdd('new')}
                  >
                    {t('openFile.addNew')}
                  </Button>
                  {existing.length > 0 ? (
                    <Button
                      symbolId="1f504"
                      size="large"
                      disabled={isSaving}
                      onClick={() => void handleAdd('update')}
                    >
                      {t('openFile.update')}
                    </Button>
                  ) : null}
                  <Button symbolId="274c" size="large" disabled={isSaving} onClick={reset}>
                    {t('openFile.dontAdd')}
                  </Button>
                </div>
              )}
            </section>
          </>
        ) : null}
      </div>
    </ScreenLayout>
  );
}
