// Agree an action in the meeting: what (a picture and a few words), who helps (supporter
// tiles), by when, and where on the plan. Saved as a real card on the plan, remembered by the
// meeting as one of its actions; it shows on the board at once.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y';
import { useSupporters } from '../cards';
import { MAX_WORDS_LENGTH } from '../domain/limits';
import { DEFAULT_COLOUR } from '../domain/templates';
import type { Card, Meeting, PictureRef, Plan, Supporter } from '../domain/types';
import { PicturePicker } from '../pictures';
import { addMeetingAction, StorageError } from '../storage';
import { Button } from '../ui/Button';
import { ProblemMessage } from '../ui/ProblemMessage';
import { SymbolImage } from '../ui/SymbolImage';
import { TextField } from '../ui/TextField';
import { useDraft } from '../ui/useDraft';
import { ActionWhen, LaneChoice } from './ActionFields';
import { SupporterTiles } from './SupporterTiles';

interface ActionFormProps {
  meeting: Meeting;
  plan: Plan;
  onDone: (card: Card) => void;
  onCancel: () => void;
}

interface ActionDraft {
  picture?: PictureRef;
  /** The library picture's name: the words when none are written. */
  symbolName: string;
  words: string;
  helperIds: string[];
  when: string;
  laneId: string;
}

const EMPTY: ActionDraft = { symbolName: '', words: '', helperIds: [], when: '', laneId: '' };

/** The form for a new action on `plan`, agreed in `meeting`. */
export function ActionForm({ meeting, plan, onDone, onCancel }: ActionFormProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const supporters = useSupporters(meeting.personId);
  const [draft, setDraft, clearDraft] = useDraft<ActionDraft>(
    `meeting-action:${meeting.id}:${plan.id}`,
    EMPTY,
  );
  const [problem, setProblem] = useState<string>();
  const [isSaving, setIsSaving] = useState(false);
  const laneId = plan.lanes.some((lane) => lane.id === draft.laneId)
    ? draft.laneId
    : (plan.lanes[0]?.id ?? '');

  function toggleHelper(supporter: Supporter, isOn: boolean) {
    const others = draft.helperIds.filter((id) => id !== supporter.id);
    setDraft({ helperIds: isOn ? [...others, supporter.id] : others });
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.picture) return setProblem(t('cards.needPicture'));
    const words = draft.words.trim() || (draft.picture.kind === 'symbol' ? draft.symbolName : '');
    if (!words) return setProblem(t('pictures.needWords'));
    const known = new Set((supporters ?? []).map((supporter) => supporter.id));
    setIsSaving(true);
    try {
      const { card } = await addMeetingAction(meeting.id, {
        planId: plan.id,
        laneId,
        picture: draft.picture,
        words,
        colour: DEFAULT_COLOUR,
        helperIds: draft.helperIds.filter((id) => known.has(id)),
        when: draft.when || undefined,
      });
      clearDraft();
      announce(t('meeting.action.added', { words: card.words }));
      onDone(card);
    } catch (error) {
      setProblem(t(`errors.${error instanceof StorageError ? error.problem : 'unknown'}`));
      setIsSaving(false);
    }
  }

  function handleCancel() {
    clearDraft();
    onCancel();
  }

  return (
    <form
      className="form meeting-action"
      aria-labelledby="meeting-action-title"
      onSubmit={handleSubmit}
      noValidate
    >
      <h2 className="section-title" id="meeting-action-title">
        <SymbolImage symbolId="1f91d" alt="" size={40} />
        {t('meeting.action.title')}
      </h2>
      <fieldset className="field">
        <legend>{t('meeting.action.picture')}</legend>
        <PicturePicker
          personId={meeting.personId}
          value={draft.picture}
          onChange={(picture, symbolName) => setDraft({ picture, symbolName })}
          initialTopic="people"
        />
      </fieldset>
      <TextField
        label={t('meeting.action.words')}
        symbolId="270f"
        value={draft.words}
        maxLength={MAX_WORDS_LENGTH}
        placeholder={draft.picture?.kind === 'symbol' ? draft.symbolName : undefined}
        onChange={(words) => setDraft({ words })}
      />
      <fieldset className="field">
        <legend>
          <SymbolImage symbolId="1f465" alt="" size={36} />
          {t('meeting.action.helpers')}
        </legend>
        {supporters && supporters.length > 0 ? (
          <SupporterTiles
            supporters={supporters}
            chosenIds={draft.helperIds}
            label={t('meeting.action.helperList')}
            onToggle={toggleHelper}
          />
        ) : (
          <p>{t('meeting.action.noHelpers')}</p>
        )}
      </fieldset>
      <ActionWhen value={draft.when} onChange={(when) => setDraft({ when })} />
      {plan.lanes.length > 1 ? (
        <LaneChoice lanes={plan.lanes} value={laneId} onChange={(id) => setDraft({ laneId: id })} />
      ) : null}
      <ProblemMessage problem={problem} />
      <div className="form__actions">
        <Button type="submit" symbolId="2705" variant="primary" size="large" disabled={isSaving}>
          {t('meeting.action.save')}
        </Button>
        <Button symbolId="274c" size="large" onClick={handleCancel}>
          {t('meeting.action.cancel')}
        </Button>
      </div>
    </form>
  );
}
