// "Open a copy of everything": choose a backup file, give its password, see whose it is and how
// much it holds, be told plainly when that person is already here and will be replaced, then
// put it on this tablet and go to their home.
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { hrefOf, navigate } from '../app/routes';
import { usePerson } from '../people';
import { restorePersonBundle } from '../storage';
import { Button, LinkButton } from '../ui/Button';
import { Message } from '../ui/Message';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { FileChooseSteps, FileInside } from './OpenFileSteps';
import { useOpenedFile } from './useOpenedFile';
import './sharing.css';

/** The restore screen (not tied to a person: the person comes from the file). */
export function RestoreScreen() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const file = useOpenedFile();
  const { bundle, isSaving, reset } = file;
  const found = usePerson(bundle?.person.id ?? '');
  // A person locked with a picture code is not replaced: the copy comes in beside them.
  const isLockedHere = !!found?.lock;
  const here = found && !isLockedHere ? found : found === undefined ? undefined : null;

  async function handleRestore() {
    await file.keep(async (opened) => {
      const personId = await restorePersonBundle(opened);
      announce(t('restore.done', { name: opened.person.name }));
      navigate({ name: 'home', personId });
    });
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
        <FileChooseSteps
          idPrefix="restore"
          title={t('restore.chooseTitle')}
          hint={t('restore.chooseHint')}
          file={file}
        />
        {bundle ? (
          <FileInside idPrefix="restore" bundle={bundle} showPlans={false}>
            {bundle.kind !== 'backup' ? (
              <Message tone="warning">{t('restore.notBackup')}</Message>
            ) : here === undefined ? null : (
              <>
                {here ? (
                  <Message tone="warning">
                    {t('restore.replaces', { name: bundle.person.name })}
                  </Message>
                ) : null}
                {isLockedHere ? (
                  <Message tone="info">
                    {t('restore.besideLocked', { name: bundle.person.name })}
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
          </FileInside>
        ) : null}
      </div>
    </ScreenLayout>
  );
}
