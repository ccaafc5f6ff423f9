// The tree switch scanning walks: the screen's groups (top bar, lanes, fieldsets, lists, the
// picture picker's topics and grid…) holding its controls. Built from the page when needed.
import { isControl, isGroupElement, isLeftOut, isShown, ringTargetOf } from './scanElements';

/** One control: choosing it presses it (or, for a text field, lets the person type). */
export interface ScanItem {
  kind: 'item';
  element: HTMLElement;
  /** What identifies the node when the tree is built again. */
  key: Element;
}

/** Several nodes scanned together; choosing the group steps into it. */
export interface ScanGroup {
  kind: 'group';
  /** The element that takes focus (for a row of a grid: the grid itself). */
  element: HTMLElement;
  children: ScanNode[];
  key: Element;
  /** For a row of a big grid: the controls ringed together (a row has no element of its own). */
  members?: HTMLElement[];
}

export type ScanNode = ScanItem | ScanGroup;

/**
 * Groups that stand for a single control while it shows. While a card is picked up, each lane
 * offers "Put in <lane>": the lane is then just that button, so placing takes one press.
 */
const SHORTCUTS: readonly [group: string, control: string][] = [['section.lane', '.lane__place']];

/** Controls that are what a person most likely wants once they appear (placing a card). */
export const FIRST_CHOICES = SHORTCUTS.map(([, control]) => control).join(',');

/** A group of only controls larger than this is scanned row by row, as it is laid out. */
const ROW_SCAN_FROM = 10;

function item(element: HTMLElement): ScanItem {
  return { kind: 'item', element, key: element };
}

function shortcutOf(element: Element): HTMLElement | undefined {
  for (const [group, control] of SHORTCUTS) {
    if (!element.matches(group)) continue;
    const found = element.querySelector<HTMLElement>(control);
    if (found && isControl(found) && isShown(found)) return found;
  }
  return undefined;
}

/**
 * Splits a long run of controls into the rows they are shown in (row-column scanning): top to
 * bottom, each row in page order. Controls that overlap in height share a row.
 */
function rowsOf(group: HTMLElement, items: ScanItem[]): ScanNode[] {
  const boxes = items.map((entry, order) => {
    const box = ringTargetOf(entry.element).getBoundingClientRect();
    return { entry, order, top: box.top, bottom: box.bottom };
  });
  boxes.sort((a, b) => a.top - b.top || a.order - b.order);
  const rows: (typeof boxes)[] = [];
  let rowBottom = -Infinity;
  for (const box of boxes) {
    const row = rows.at(-1);
    if (row && box.top < rowBottom) {
      row.push(box);
      rowBottom = Math.min(rowBottom, box.bottom);
    } else {
      rows.push([box]);
      rowBottom = box.bottom;
    }
  }
  if (rows.length < 2 || rows.length === items.length) return items;
  return rows.map((row) => {
    const inOrder = row.sort((a, b) => a.order - b.order).map((box) => box.entry);
    if (inOrder.length === 1) return inOrder[0] as ScanItem;
    const members = inOrder.map((entry) => entry.element);
    return { kind: 'group', element: group, children: inOrder, key: members[0] ?? group, members };
  });
}

function groupOf(element: HTMLElement, children: ScanNode[]): ScanGroup {
  const isAllItems = children.every((child) => child.kind === 'item');
  const rows =
    isAllItems && children.length > ROW_SCAN_FROM
      ? rowsOf(element, children as ScanItem[])
      : children;
  return { kind: 'group', element, children: rows, key: element };
}

function collect(parent: Element): ScanNode[] {
  const found: ScanNode[] = [];
  for (const child of parent.children) {
    if (isLeftOut(child)) continue;
    if (isControl(child)) {
      if (isShown(ringTargetOf(child))) found.push(item(child));
      continue;
    }
    const shortcut = shortcutOf(child);
    if (shortcut) {
      found.push(item(shortcut));
      continue;
    }
    const inner = collect(child);
    // A group of one control is just that control; a group in a group alone is that group.
    if (inner.length > 1 && isGroupElement(child) && isShown(child)) {
      found.push(groupOf(child, inner));
    } else {
      found.push(...inner);
    }
  }
  return found;
}

/** The scanning tree of everything in `scope` (the page, or an open dialog). */
export function buildTree(scope: HTMLElement): ScanGroup {
  return { kind: 'group', element: scope, children: collect(scope), key: scope };
}

/** Every control in the tree, in page order. */
export function controlsOf(group: ScanGroup): HTMLElement[] {
  return group.children.flatMap((child) =>
    child.kind === 'item' ? [child.element] : controlsOf(child),
  );
}

/** Where a control sits: the groups from the top down to it, and its place in the last one. */
export interface Place {
  path: ScanGroup[];
  index: number;
}

/** The place of the first control for which `isWanted` holds, if any. */
export function placeOf(
  root: ScanGroup,
  isWanted: (control: HTMLElement) => boolean,
): Place | null {
  for (const [index, child] of root.children.entries()) {
    if (child.kind === 'item') {
      if (isWanted(child.element)) return { path: [root], index };
      continue;
    }
    const inner = placeOf(child, isWanted);
    if (inner) return { path: [root, ...inner.path], index: inner.index };
  }
  return null;
}
