// Helper tool at the end of a board: add a column with a name the helper types. The focus goes
// into the name field and back to the button, so keyboard users never lose their place.
import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LANES } from '../domain/lanes';
import { MAX_NAME_LENGTH } from '../domain/limits';
import { addLane } from '../storage';
import { Button } from '../ui/Button';

interface AddLaneFormProps {
  planId: string;
  laneCount: number;
  onDone: (message: string) => void;
  onProblem: (error: unknown) => void;
}

/** A button that opens a name field; saving adds the lane at the end. */
export function AddLaneForm({ planId, laneCount, onDone, onProblem }: AddLaneFormProps) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [name, setName] = useState('');
  const nameId = useId();
  const buttonId = useId();
  // Opening puts the focus in the name field; closing gives it back to "Add a column".
  const wasOpen = useRef(isOpen);
  useEffect(() => {
    if (wasOpen.current === isOpen) return;
    wasOpen.current = isOpen;
    document.getElementById(isOpen ? nameId : buttonId)?.focus();
  }, [isOpen, nameId, buttonId]);
  if (laneCount >= MAX_LANES) return null;

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setIsOpen(false);
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      await addLane(planId, name);
      onDone(t('laneTools.added', { lane: name.trim() }));
      setName('');
      setIsOpen(false);
    } catch (error) {
      onProblem(error);
    }
  }

  if (!isOpen) {
    return (
      <Button id={buttonId} symbolId="2795" className="add-lane" onClick={() => setIsOpen(true)}>
        {t('laneTools.add')}
      </Button>
    );
  }
  return (
    <form className="add-lane lane-tools__rename" onSubmit={handleSubmit}>
      <label htmlFor={nameId}>{t('laneTools.name')}</label>
      <input
        id={nameId}
        value={name}
        maxLength={MAX_NAME_LENGTH}
        autoComplete="off"
        onChange={(event) => setName(event.target.value)}
        onKeyDown={handleKeyDown}
      />
      <Button type="submit" symbolId="2705" variant="primary">
        {t('laneTools.addNow')}
      </Button>
      <Button symbolId="274c" onClick={() => setIsOpen(false)}>
        {t('laneTools.cancel')}
      </Button>
    </form>
  );
}
