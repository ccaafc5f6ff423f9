// A few big radio choices, each with a picture and a word or two (speed, mode…).
import type { ReactNode } from 'react';
import { SymbolImage } from '../ui/SymbolImage';

/** One option of a BigChoices group. */
export interface BigChoice<T extends string> {
  id: T;
  symbolId: string;
  /** Shown instead of the symbol, e.g. letters at the size they would be. */
  picture?: ReactNode;
  label: string;
  /** A short sentence under the label. */
  about?: string;
}

interface BigChoicesProps<T extends string> {
  /** The question, shown as the group's legend. */
  legend: ReactNode;
  /** The radio group's name (unique on the screen). */
  name: string;
  options: readonly BigChoice<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A question's legend: its picture, then its words. */
export function ChoiceLegend({ symbolId, children }: { symbolId: string; children: string }) {
  return (
    <>
      <SymbolImage symbolId={symbolId} alt="" size={32} />
      {children}
    </>
  );
}

/** A group of big radio options with pictures; the chosen one has a thick border. */
export function BigChoices<T extends string>({
  legend,
  name,
  options,
  value,
  onChange,
}: BigChoicesProps<T>) {
  return (
    <fieldset className="field choices big-choices">
      <legend>{legend}</legend>
      <div className="big-choices__options">
        {options.map((option) => (
          <label key={option.id} className="choice big-choice">
            <input
              type="radio"
              name={name}
              checked={value === option.id}
              onChange={() => onChange(option.id)}
            />
            {option.picture ?? <SymbolImage symbolId={option.symbolId} alt="" size={56} />}
            <span className="big-choice__words">
              <span className="big-choice__label">{option.label}</span>
              {option.about ? <span className="big-choice__about">{option.about}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
