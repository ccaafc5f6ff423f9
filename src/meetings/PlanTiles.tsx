// The person's plans as big picture tiles to tap on and off (which plans a meeting looks at).
import { useTranslation } from 'react-i18next';
import type { Plan } from '../domain/types';
import { planTitle } from '../plans';
import { SymbolImage } from '../ui/SymbolImage';

interface PlanTilesProps {
  plans: readonly Plan[];
  chosenIds: readonly string[];
  label: string;
  onToggle: (plan: Plan, isOn: boolean) => void;
}

/** A list of plan tiles; each is a toggle button (pressed = chosen). */
export function PlanTiles({ plans, chosenIds, label, onToggle }: PlanTilesProps) {
  const { t } = useTranslation();
  return (
    <ul className="people-tiles" aria-label={label}>
      {plans.map((plan) => {
        const isOn = chosenIds.includes(plan.id);
        return (
          <li key={plan.id}>
            <button
              type="button"
              className="person-tile"
              aria-pressed={isOn}
              onClick={() => onToggle(plan, !isOn)}
            >
              <SymbolImage symbolId={plan.symbolId} alt="" size={96} />
              <span className="person-tile__name">{planTitle(plan, t)}</span>
              <span className="person-tile__mark" aria-hidden="true">
                {isOn ? <SymbolImage symbolId="2705" alt="" size={36} /> : null}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
