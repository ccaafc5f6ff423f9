// The "Remove" button's action: removes the person (undo stays possible for a while), says so,
// and goes to Settings, where the "Undo" banner is; or keeps the problem to show.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { hrefOf } from '../app/routes';
import { StorageError } from '../storage';
import { removePerson } from './removalStore';

/** `remove` removes person `personId`; `onRemoving` hears when it starts and when it failed. */
export function useRemovePerson(personId: string, onRemoving: (isRemoving: boolean) => void) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [problem, setProblem] = useState<string>();
  const [isBusy, setIsBusy] = useState(false);

  async function remove() {
    setIsBusy(true);
    setProblem(undefined);
    onRemoving(true);
    try {
      const removal = await removePerson(personId);
      announce(`${t('removePerson.removed', { name: removal.name })} ${t('removePerson.canUndo')}`);
      // Replaced, not added: "Back" from Settings never comes back to a question about nobody.
      window.location.replace(hrefOf({ name: 'settings' }));
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsBusy(false);
      onRemoving(false);
    }
  }

  return { isBusy, problem, remove };
}
