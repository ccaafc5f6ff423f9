// Switch scanning for the whole app: one switch (the highlight moves by itself; a press chooses)
// or two (one moves, one chooses). Walks the screen's groups, then the controls inside one.
import { placeAfterChoice, type Chosen } from './afterChoice';
import { FieldTyping } from './fieldTyping';
import { PageWatcher } from './pageWatcher';
import { ScanCursor } from './scanCursor';
import { isOneOfSeveral, isTextEntry, isTurnedOn, scanScope } from './scanElements';
import { Highlighter, type GroupNames } from './scanHighlight';
import { catchSwitchKeys, type SwitchPress } from './scanKeys';
import { buildTree, controlsOf, type ScanGroup } from './scanTree';

/** One switch or two. */
export type SwitchCount = 'one' | 'two';

/** One switch: after this many rounds with no press the highlight stops and waits. */
export const ROUNDS_BEFORE_STOP = 3;

/** Runs scanning on the page until `stop`. */
export class Scanner {
  private readonly highlighter: Highlighter;
  private watcher: PageWatcher | undefined;
  private tree: ScanGroup | undefined;
  private cursor: ScanCursor | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private settling: { cancel: () => void; finish: () => void } | undefined;
  private readonly typing: FieldTyping;
  private stepsSincePress = 0;
  private isPaused = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly count: SwitchCount,
    private seconds: number,
    names: () => GroupNames,
  ) {
    this.highlighter = new Highlighter(names);
    this.typing = new FieldTyping({
      onStart: () => this.stopTimer(),
      onEnd: () => this.schedule(),
      isScannerFocusing: () => this.highlighter.isFocusing,
    });
  }

  /** Starts listening to the switches and scanning the current screen. */
  start(): void {
    this.watcher = new PageWatcher(document.body);
    this.cleanups.push(
      catchSwitchKeys(window, {
        editing: () => this.typing.field,
        onPress: (press) => this.press(press),
        onLeaveField: () => this.leaveField(),
        onFieldEnter: (field) => this.afterFieldEnter(field),
        onTab: () => this.typing.markUserFocus(),
      }),
      this.typing.listen(),
      this.listenToScreens(),
    );
    this.settleThen(() => this.restart(), true);
  }

  /** Stops everything: no listener, no timer, no ring left behind. */
  stop(): void {
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    this.settling?.cancel();
    this.settling = undefined;
    this.stopTimer();
    this.watcher?.stop();
    this.highlighter.clear();
  }

  /** Changes how long the highlight stays on each thing (one switch). */
  setSeconds(seconds: number): void {
    this.seconds = seconds;
    if (this.timer !== undefined) this.schedule();
  }

  /** A new screen (hash route): start again at its top once it shows. */
  private listenToScreens(): () => void {
    const handleHashChange = () => this.settleThen(() => this.restart(), true);
    window.addEventListener('hashchange', handleHashChange);
    return () => window.removeEventListener('hashchange', handleHashChange);
  }

  /** Builds the tree again if the page changed; false when the highlighted thing is gone. */
  private refresh(): boolean {
    const watcher = this.watcher;
    const current = this.cursor?.current()?.node.element;
    const isGone = current !== undefined && !current.isConnected;
    if (this.tree && this.cursor && !watcher?.isDirty && !isGone) return true;
    if (watcher) watcher.isDirty = false;
    this.tree = buildTree(scanScope(document));
    if (!this.cursor) {
      this.cursor = new ScanCursor(this.tree);
      return false;
    }
    return this.cursor.follow(this.tree);
  }

  private show(): void {
    this.highlighter.show(this.cursor?.current(), this.isPaused);
  }

  private restart(): void {
    this.typing.end();
    this.refresh();
    if (this.tree) this.cursor?.reset(this.tree);
    this.resumeHere();
  }

  /** Shows the highlight where it stands and (one switch) starts moving it again. */
  private resumeHere(): void {
    this.isPaused = false;
    this.stepsSincePress = 0;
    this.show();
    this.schedule();
  }

  private step(): void {
    if (this.refresh()) this.cursor?.next();
    this.show();
  }

  private tick(): void {
    this.timer = undefined;
    this.step();
    this.stepsSincePress += 1;
    if (this.stepsSincePress >= ROUNDS_BEFORE_STOP * Math.max(1, this.cursor?.length ?? 1)) {
      // Nothing moves forever: stop and wait for a press.
      this.isPaused = true;
      this.highlighter.setPaused(true);
      return;
    }
    this.schedule();
  }

  private schedule(): void {
    this.stopTimer();
    if (this.count !== 'one' || this.typing.field || this.isPaused || this.settling) return;
    this.timer = setTimeout(() => this.tick(), this.seconds * 1000);
  }

  private stopTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private press(press: SwitchPress): void {
    // A press while the page is still changing: place the highlight now, then act on it.
    this.settling?.finish();
    if (this.count === 'one' && this.isPaused) return this.resumeHere();
    if (this.count === 'two' && press === 'space') return this.step();
    this.choose();
  }

  private choose(): void {
    if (!this.refresh() || !this.cursor || !this.tree) return this.resumeHere();
    const level = this.cursor.level;
    const controlsBefore = new Set(controlsOf(this.tree));
    const choice = this.cursor.choose();
    if (choice.type !== 'press') return this.resumeHere();
    const { element } = choice;
    if (isTextEntry(element)) return this.typing.begin(element);
    const chosen: Chosen = {
      element,
      controlsBefore,
      wasOn: isTurnedOn(element),
      isOneOfSeveral: level !== this.tree && isOneOfSeveral(element, level.element),
      hash: window.location.hash,
    };
    this.stopTimer();
    element.click();
    this.settleThen(() => this.placeAfter(chosen));
  }

  /** Where the highlight goes once a choice has done its work. */
  private placeAfter(chosen: Chosen): void {
    if (window.location.hash !== chosen.hash) return this.restart();
    if (this.watcher) this.watcher.isDirty = true;
    this.refresh();
    const { cursor, tree } = this;
    if (!cursor || !tree) return;
    placeAfterChoice(cursor, tree, chosen);
    this.resumeHere();
  }

  private settleThen(done: () => void, isNewScreen = false): void {
    this.settling?.cancel();
    this.stopTimer();
    const finish = () => {
      cancel();
      this.settling = undefined;
      done();
    };
    const isReady = () => !isNewScreen || document.querySelector('main, dialog[open]') !== null;
    const cancel = this.watcher?.settle(finish, { isReady }) ?? (() => undefined);
    this.settling = { cancel, finish };
  }

  private leaveField(): void {
    this.typing.end();
    this.resumeHere();
  }

  private afterFieldEnter(field: HTMLElement): void {
    if (this.typing.field !== field) return;
    this.typing.end();
    const hash = window.location.hash;
    this.settleThen(() => (window.location.hash !== hash ? this.restart() : this.resumeHere()));
  }
}
