// "Choose a file": a big button with a picture; the file field itself is hidden but takes the
// keyboard focus (and shows it on the button), and its name is the button's words.
import { useId } from 'react';
import { SymbolImage } from '../ui/SymbolImage';
import { MYPLAN_ACCEPT } from './files';

interface FilePickerProps {
  label: string;
  onFile: (file: File) => void;
}

/** Lets the person pick one .myplan file. */
export function FilePicker({ label, onFile }: FilePickerProps) {
  const id = useId();
  return (
    <div className="file-pick">
      <input
        id={id}
        type="file"
        accept={MYPLAN_ACCEPT}
        className="visually-hidden file-pick__input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared, so choosing the same file again still counts as a choice.
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
      <label htmlFor={id} className="button button--primary button--large file-pick__button">
        <SymbolImage symbolId="1f4c2" alt="" size={48} />
        <span className="button__label">{label}</span>
      </label>
    </div>
  );
}
