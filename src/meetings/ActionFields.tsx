// Two parts of the "agree an action" form: by when (a date, shown as a calendar page, as on the
// card screen) and where on the plan it goes (one lane, the first unless chosen).
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarPage } from '../cards';
import type { Lane } from '../domain/types';
import { laneTitle } from '../plans';
import { Button } from '../ui/Button';
import { SymbolImage } from '../ui/SymbolImage';

/** "By when?": a date field and the day drawn as a calendar page. */
export function ActionWhen({
  value,
  onChange,
}: {
  value: string;
  onChange: (day: string) => void;
}) {
  const { t } = useTranslation();
  const fieldId = useId();
  return (
    <fieldset className="field action-when">
      <legend>
        <SymbolImage symbolId="1f4c5" alt="" size={36} />
        {t('meeting.action.when')}
      </legend>
      {value ? <CalendarPage day={value} /> : <p>{t('meeting.action.noDate')}</p>}
      <div className="action-when__tools">
        <div className="field">
          <label htmlFor={fieldId}>
            <SymbolImage symbolId="1f4c6" alt="" size={28} />
            {t('meeting.action.date')}
          </label>
          <input
            id={fieldId}
            type="date"
            value={value}
            onChange={(event) => onChange(event.target.value)}
          />
        </div>
        <Button symbolId="1f6ab" onClick={() => onChange('')} disabled={!value}>
          {t('cardScreen.when.clear')}
        </Button>
      </div>
    </fieldset>
  );
}

interface LaneChoiceProps {
  lanes: readonly Lane[];
  value: string;
  onChange: (laneId: string) => void;
}

/** "Where on the plan?": the plan's lanes as picture choices. */
export function LaneChoice({ lanes, value, onChange }: LaneChoiceProps) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className="field choices">
      <legend>
        <SymbolImage symbolId="1f4cc" alt="" size={36} />
        {t('meeting.action.lane')}
      </legend>
      <div className="lane-choice">
        {lanes.map((lane) => (
          <label key={lane.id} className="choice">
            <input
              type="radio"
              name={name}
              checked={value === lane.id}
              onChange={() => onChange(lane.id)}
            />
            <SymbolImage symbolId={lane.symbolId} alt="" size={40} />
            <span>{laneTitle(lane, t)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
