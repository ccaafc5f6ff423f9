// The empty board: a helper names the plan and its lanes, then the plan is made.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LANES } from '../domain/lanes';
import { MAX_NAME_LENGTH } from '../domain/limits';
import { Button } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';
import { useDraft } from '../ui/useDraft';
import { ProblemMessage } from '../ui/ProblemMessage';

interface EmptyBoardFormProps {
  personId: string;
  isBusy: boolean;
  onMake: (title: string, laneTitles: string[]) => void;
}

/** Fields for the plan's name and up to 12 lane names. */
export function EmptyBoardForm({ personId, isBusy, onMake }: EmptyBoardFormProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [draft, setDraft, clearDraft] = useDraft(`empty-board:${personId}`, {
    title: '',
    lanes: ['', '', ''],
  });
  const [problem, setProblem] = useState<string>();

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const lanes = draft.lanes.map((lane) => lane.trim()).filter(Boolean);
    if (lanes.length === 0) return setProblem(t('newPlan.needLane'));
    clearDraft();
    onMake(draft.title, lanes);
  }

  function setLane(index: number, value: string) {
    setDraft({ lanes: draft.lanes.map((lane, i) => (i === index ? value : lane)) });
  }

  return (
    <form className="form empty-board" onSubmit={handleSubmit} noValidate>
      <h2 className="section-title">
        <SymbolImage symbolId="1f4dd" alt="" size={36} />
        {t('templates.empty.name')}
      </h2>
      <div className="field">
        <label htmlFor={titleId}>{t('newPlan.planName')}</label>
        <input
          id={titleId}
          value={draft.title}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="off"
          onChange={(event) => setDraft({ title: event.target.value })}
        />
      </div>
      <fieldset className="field">
        <legend>{t('newPlan.laneNames')}</legend>
        {draft.lanes.map((lane, index) => (
          <input
            // Lanes are only ever added at the end, so the index is a stable key here.
            key={index}
            aria-label={t('newPlan.laneName', { n: index + 1 })}
            value={lane}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="off"
            onChange={(event) => setLane(index, event.target.value)}
          />
        ))}
        {draft.lanes.length < MAX_LANES ? (
          <Button symbolId="2795" onClick={() => setDraft({ lanes: [...draft.lanes, ''] })}>
            {t('newPlan.addLane')}
          </Button>
        ) : null}
      </fieldset>
      <ProblemMessage problem={problem} />
      <div className="form__actions">
        <Button type="submit" symbolId="2705" variant="primary" size="large" disabled={isBusy}>
          {t('newPlan.make')}
        </Button>
      </div>
    </form>
  );
}
