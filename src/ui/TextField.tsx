// A labelled one-line text field with a picture beside its label (big, easy to tap).
import { useId } from 'react';
import { SymbolImage } from './SymbolImage';

interface TextFieldProps {
  label: string;
  symbolId: string;
  value: string;
  maxLength: number;
  placeholder?: string;
  onChange: (value: string) => void;
}

/** A text field the way every form in the app shows one. */
export function TextField({
  label,
  symbolId,
  value,
  maxLength,
  placeholder,
  onChange,
}: TextFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>
        <SymbolImage symbolId={symbolId} alt="" size={28} />
        {label}
      </label>
      <input
        id={id}
        value={value}
        maxLength={maxLength}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
