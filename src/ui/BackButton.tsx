// Goes back to the screen the person came from (or to the start if they came from outside).
import { Button } from './Button';

/** A "Back" button that uses the browser's history. */
export function BackButton({ label }: { label: string }) {
  function handleClick() {
    if (window.history.length > 1) window.history.back();
    else window.location.hash = '#/';
  }
  return (
    <Button symbolId="2b05" variant="quiet" onClick={handleClick}>
      {label}
    </Button>
  );
}
