// What switch scanning needs to know about one element: is it a control, a text field, a group,
// can it be seen, and where its highlight ring goes. Plain DOM reading, no state.

const CONTROLS = [
  'a[href]',
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'summary',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role=button]',
  '[role=link]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=switch]',
  '[role=option]',
  '[role=tab]',
  '[role=menuitem]',
].join(',');

const GROUPS = [
  'header',
  'nav',
  'section',
  'fieldset',
  'ul',
  'ol',
  'dialog',
  '[role=dialog]',
  '[role=alertdialog]',
  '[role=group]',
  '[role=radiogroup]',
  '[role=toolbar]',
  '[role=listbox]',
  '[role=grid]',
  '[role=tablist]',
  '[role=menu]',
].join(',');

/** Open dialogs take over scanning: only what is inside the top one can be reached. */
const OPEN_DIALOGS = 'dialog[open], [role=dialog][aria-modal=true], [role=alertdialog]';

/** Whole parts of the page that are never scanned (pictures, scripts…). */
const NEVER = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'svg', 'IMG', 'CANVAS', 'VIDEO', 'AUDIO']);

const TYPING_INPUTS = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'time',
  'datetime-local',
  'month',
  'week',
]);

/** Whether the element is something a person can press or fill in. */
export function isControl(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.matches(CONTROLS)) return false;
  if (element.getAttribute('tabindex') === '-1') return false;
  if ((element as HTMLButtonElement).disabled) return false;
  return element.getAttribute('aria-disabled') !== 'true';
}

/** Whether the element gathers controls that are scanned together (a lane, a fieldset…). */
export function isGroupElement(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.matches(GROUPS)) return false;
  if (element.matches('ul, ol')) {
    // A list is a group only when it holds several items.
    return [...element.children].filter((child) => child.tagName === 'LI').length > 1;
  }
  return true;
}

/** Whether choosing the element means typing into it (it gets the keys until Escape). */
export function isTextEntry(element: Element | null): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element instanceof HTMLInputElement) return TYPING_INPUTS.has(element.type);
  return element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement
    ? true
    : element.isContentEditable;
}

/** Whether the element and everything in it is left out (hidden, inert, a picture…). */
export function isLeftOut(element: Element): boolean {
  if (NEVER.has(element.tagName)) return true;
  if (element instanceof HTMLElement && element.hidden) return true;
  if (element.hasAttribute('inert')) return true;
  return element.getAttribute('aria-hidden') === 'true';
}

/** The element the ring is drawn on: a tick box or round choice is ringed with its label. */
export function ringTargetOf(control: HTMLElement): HTMLElement {
  if (
    control instanceof HTMLInputElement &&
    (control.type === 'radio' || control.type === 'checkbox')
  ) {
    return control.closest('label') ?? control;
  }
  return control;
}

/** Whether the element takes up room on the screen (zero-size and invisible things do not). */
export function isShown(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  if (box.width < 2 || box.height < 2) return false;
  return getComputedStyle(element).visibility !== 'hidden';
}

/** The open dialog that takes over scanning, or the whole page. */
export function scanScope(doc: Document): HTMLElement {
  const dialogs = [...doc.querySelectorAll<HTMLElement>(OPEN_DIALOGS)].filter((d) => !isLeftOut(d));
  return dialogs.at(-1) ?? doc.body;
}

/**
 * Whether choosing the element picks one of several (a round choice, a picture in the grid, a
 * topic): once chosen, the person is done with that group.
 */
export function isOneOfSeveral(control: HTMLElement, group: HTMLElement | undefined): boolean {
  if (control instanceof HTMLInputElement && control.type === 'radio') return true;
  if (control.matches('[role=radio], [role=option], [role=tab]')) return true;
  if (!control.hasAttribute('aria-pressed') || !group) return false;
  return group.querySelectorAll('[aria-pressed]').length > 1;
}

/** Whether the control is now "on" in a way that shows more: pressed or opened. */
export function isTurnedOn(control: HTMLElement): boolean {
  if (control.tagName === 'SUMMARY') return control.parentElement?.hasAttribute('open') === true;
  return (
    control.getAttribute('aria-pressed') === 'true' ||
    control.getAttribute('aria-expanded') === 'true'
  );
}
