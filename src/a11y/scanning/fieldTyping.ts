// Typing while scanning is on: a text field chosen with the switch, tapped or tabbed into keeps
// every key (Space types a space, Enter sends its form) until the person leaves it.
import { isTextEntry } from './scanElements';

/** Focus that follows a tap or Tab this soon was asked for by the person. */
const USER_FOCUS_MS = 1000;

/** What the scanner does when typing starts and ends. */
export interface TypingHandlers {
  /** Typing started: the highlight must stand still. */
  onStart: () => void;
  /** The person left the field (tapped elsewhere): scanning goes on. */
  onEnd: () => void;
  /** Whether focus is being moved by the highlight itself (not by the person). */
  isScannerFocusing: () => boolean;
}

/** Knows which field, if any, the person is typing in. */
export class FieldTyping {
  /** The field being typed in. */
  field: HTMLElement | undefined;
  private userFocusUntil = 0;

  constructor(private readonly handlers: TypingHandlers) {}

  /** Starts typing in `field` (chosen with the switch). */
  begin(field: HTMLElement): void {
    this.field = field;
    this.handlers.onStart();
    if (document.activeElement !== field) field.focus();
  }

  /** Stops typing (Escape, Enter, a new screen); the caller moves the highlight on. */
  end(): void {
    this.field = undefined;
  }

  /** Listens for taps, Tab and focus; returns a function that stops listening. */
  listen(): () => void {
    const pointerDown = (event: Event) => this.handlePointerDown(event);
    const focusIn = (event: FocusEvent) => this.handleFocusIn(event);
    const focusOut = (event: FocusEvent) => this.handleFocusOut(event);
    document.addEventListener('pointerdown', pointerDown, true);
    document.addEventListener('focusin', focusIn, true);
    document.addEventListener('focusout', focusOut, true);
    return () => {
      document.removeEventListener('pointerdown', pointerDown, true);
      document.removeEventListener('focusin', focusIn, true);
      document.removeEventListener('focusout', focusOut, true);
    };
  }

  /** Tab went to the page: the focus that follows was asked for by the person. */
  markUserFocus(): void {
    this.userFocusUntil = Date.now() + USER_FOCUS_MS;
  }

  private handlePointerDown(event: Event): void {
    this.markUserFocus();
    // A tap on the field that already has the highlight: the person wants to type in it.
    const field = event.target instanceof Element ? event.target.closest('input, textarea') : null;
    if (field instanceof HTMLElement && isTextEntry(field) && document.activeElement === field) {
      this.begin(field);
    }
  }

  private handleFocusIn(event: FocusEvent): void {
    if (this.handlers.isScannerFocusing()) return;
    const target = event.target;
    if (target instanceof HTMLElement && isTextEntry(target) && Date.now() < this.userFocusUntil) {
      this.begin(target);
    }
  }

  private handleFocusOut(event: FocusEvent): void {
    if (!this.field || event.target !== this.field || this.handlers.isScannerFocusing()) return;
    const next = event.relatedTarget;
    if (next instanceof HTMLElement && isTextEntry(next)) return;
    this.field = undefined;
    this.handlers.onEnd();
  }
}
