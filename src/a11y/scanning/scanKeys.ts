// The switches: Space and Enter, caught for the whole window (before the page sees them) while
// scanning is on. Typing into a text field keeps its keys; Escape leaves the field.

/** What a switch press asks for. */
export type SwitchPress = 'space' | 'enter';

/** What the key catcher reports to the scanner. */
export interface KeyHandlers {
  /** The field the person is typing in now, if any (its keys are left alone). */
  editing: () => HTMLElement | undefined;
  onPress: (press: SwitchPress) => void;
  /** Escape in a field: back to scanning. */
  onLeaveField: () => void;
  /** Enter in a one-line field: it went to the page (a form sends); then scanning goes on. */
  onFieldEnter: (field: HTMLElement) => void;
  /** Tab went to the page: the next focus was asked for by the person. */
  onTab: () => void;
}

function pressOf(event: KeyboardEvent): SwitchPress | undefined {
  if (event.ctrlKey || event.altKey || event.metaKey) return undefined;
  if (event.key === ' ' || event.code === 'Space') return 'space';
  return event.key === 'Enter' ? 'enter' : undefined;
}

function swallow(event: KeyboardEvent): void {
  event.preventDefault();
  event.stopImmediatePropagation();
}

/** Catches the switch keys on `win`; returns a function that lets them go again. */
export function catchSwitchKeys(win: Window, handlers: KeyHandlers): () => void {
  function handleKeyDown(event: KeyboardEvent) {
    const field = handlers.editing();
    if (field) {
      if (event.key === 'Escape') {
        swallow(event);
        handlers.onLeaveField();
      } else if (event.key === 'Enter' && !(field instanceof HTMLTextAreaElement)) {
        // Let the field have it (a form sends), then go on scanning.
        setTimeout(() => handlers.onFieldEnter(field), 0);
      }
      return;
    }
    if (event.key === 'Tab') handlers.onTab();
    const press = pressOf(event);
    if (!press) return;
    swallow(event);
    if (!event.repeat) handlers.onPress(press);
  }
  function handleKeyUp(event: KeyboardEvent) {
    // A button reacts to Space when it is let go: that must not press it a second time.
    if (!handlers.editing() && pressOf(event)) swallow(event);
  }
  win.addEventListener('keydown', handleKeyDown, true);
  win.addEventListener('keyup', handleKeyUp, true);
  return () => {
    win.removeEventListener('keydown', handleKeyDown, true);
    win.removeEventListener('keyup', handleKeyUp, true);
  };
}
