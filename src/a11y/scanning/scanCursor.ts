// Where the scanning highlight stands in the tree, and how a switch moves it: next, choose (step
// into a group, press a control), and the group itself at the end of its list to go back out.
import type { Place, ScanGroup, ScanNode } from './scanTree';

/** What the highlight stands on: a node, or the group it is in (meaning "go back out"). */
export type Entry = { node: ScanNode; isBack: false } | { node: ScanGroup; isBack: true };

/** What choosing did. */
export type Choice =
  | { type: 'entered' }
  | { type: 'left' }
  | { type: 'press'; element: HTMLElement }
  | { type: 'none' };

/** The highlight's place: the groups it is inside (the first is the whole screen) and where. */
export class ScanCursor {
  path: ScanGroup[];
  index = 0;

  constructor(root: ScanGroup) {
    this.path = [root];
  }

  /** The group whose entries are scanned now. */
  get level(): ScanGroup {
    return this.path.at(-1) as ScanGroup;
  }

  /** How many entries the highlight steps over here (the group's nodes, then the way out). */
  get length(): number {
    return this.level.children.length + (this.path.length > 1 ? 1 : 0);
  }

  /** What the highlight stands on, if anything. */
  current(): Entry | undefined {
    const { children } = this.level;
    if (this.index < children.length) {
      const node = children[this.index];
      return node ? { node, isBack: false } : undefined;
    }
    return this.path.length > 1 ? { node: this.level, isBack: true } : undefined;
  }

  /** Starts again at the first entry of the whole screen. */
  reset(root: ScanGroup): void {
    this.path = [root];
    this.index = 0;
  }

  /** Moves to the next entry, round to the first after the last. */
  next(): void {
    this.index = this.length === 0 ? 0 : (this.index + 1) % this.length;
  }

  /** Chooses the entry the highlight stands on. */
  choose(): Choice {
    const entry = this.current();
    if (!entry) return { type: 'none' };
    if (entry.isBack) {
      this.leave();
      return { type: 'left' };
    }
    if (entry.node.kind === 'group') {
      this.path.push(entry.node);
      this.index = 0;
      return { type: 'entered' };
    }
    return { type: 'press', element: entry.node.element };
  }

  /** Goes back out of the current group; the highlight stands on the group just left. */
  leave(): void {
    if (this.path.length < 2) return;
    const left = this.path.pop() as ScanGroup;
    this.index = Math.max(0, this.level.children.indexOf(left));
  }

  /**
   * Goes out of the group a choice was made in (out of its row too, for a grid): picking one
   * picture or one round choice finishes that group.
   */
  leaveChoiceGroup(): void {
    while (this.path.length > 1 && this.level.members) this.leave();
    this.leave();
  }

  /** Stands on `place` (found in the newest tree). */
  moveTo(place: Place): void {
    this.path = place.path;
    this.index = place.index;
  }

  /**
   * Follows the highlight into a tree built again: the same groups and entry where they still
   * are. Returns false when the entry is gone: it then stands at the start of the deepest group
   * still there.
   */
  follow(root: ScanGroup): boolean {
    const wasBack = this.current()?.isBack === true;
    const key = this.current()?.node.key;
    const path = [root];
    for (const group of this.path.slice(1)) {
      const match = path
        .at(-1)
        ?.children.find(
          (child): child is ScanGroup => child.kind === 'group' && child.key === group.key,
        );
      if (!match) break;
      path.push(match);
    }
    const isWhole = path.length === this.path.length;
    this.path = path;
    if (isWhole && wasBack) {
      this.index = this.length - 1;
      return true;
    }
    const index = isWhole ? this.level.children.findIndex((child) => child.key === key) : -1;
    this.index = Math.max(0, index);
    return index >= 0;
  }
}
