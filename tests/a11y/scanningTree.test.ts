// Switch scanning's tree and cursor: which groups and controls a screen gives, in what order,
// what is left out, rows for big grids, and how the highlight steps, goes in and comes out.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ScanCursor } from '../../src/a11y/scanning/scanCursor';
import { scanScope } from '../../src/a11y/scanning/scanElements';
import { buildTree, controlsOf, placeOf, type ScanNode } from '../../src/a11y/scanning/scanTree';

/** jsdom lays nothing out: every element is 100×40 at the `data-top` it is given. */
function fakeLayout() {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    if (this.hasAttribute('data-zero')) return new DOMRect(0, 0, 0, 0);
    return new DOMRect(0, Number(this.dataset.top ?? 0), 100, 40);
  });
}

function nameOf(element: Element): string {
  return (element.getAttribute('aria-label') ?? element.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The tree as nested arrays of names: a group is its name, then its children. */
function shape(node: ScanNode): unknown {
  if (node.kind === 'item') return nameOf(node.element);
  const label = node.members ? 'row' : nameOf(node.element).slice(0, 12);
  return [label, ...node.children.map(shape)];
}

const BOARD = `
  <header class="topbar">
    <nav aria-label="Ways out"><a href="#/home">Home</a></nav>
    <h1>My goals</h1>
    <div><button>Undo</button><button disabled>Redo</button><a href="#/share">Share</a></div>
  </header>
  <main>
    <ul aria-label="Colours"><li>Green</li><li>Red</li></ul>
    <div class="board">
      <section class="lane" aria-label="Now">
        <h2>Now</h2><button>Listen: Now</button>
        <ul aria-label="Now cards"><li><button aria-pressed="false">Swim</button><a href="#/c">Open</a></li></ul>
        <a href="#/add-now">Add a card to Now</a>
      </section>
      <section class="lane" aria-label="Next">
        <h2>Next</h2><button>Listen: Next</button><a href="#/add-next">Add a card to Next</a>
      </section>
      <section class="lane" aria-label="Done"><h2>Done</h2><a href="#/add-done">Add a card to Done</a></section>
    </div>
    <button hidden>Hidden</button>
    <button data-zero>No size</button>
    <div inert><button>Inert</button></div>
    <div aria-hidden="true"><button>Unseen</button></div>
    <button aria-disabled="true">Not now</button>
    <input type="file" tabindex="-1" />
  </main>`;

beforeEach(fakeLayout);
afterEach(() => {
  document.body.innerHTML = '';
});

describe('buildTree', () => {
  it('gives the top bar, then each lane; a group of one control is just that control', () => {
    document.body.innerHTML = BOARD;
    const tree = buildTree(document.body);
    expect(tree.children.map(shape)).toEqual([
      ['Home My goal', 'Home', 'Undo', 'Share'],
      ['Now', 'Listen: Now', 'Swim', 'Open', 'Add a card to Now'],
      ['Next', 'Listen: Next', 'Add a card to Next'],
      'Add a card to Done',
    ]);
  });

  it('leaves out hidden, zero-size, inert, unseen and disabled things', () => {
    document.body.innerHTML = BOARD;
    const names = controlsOf(buildTree(document.body)).map(nameOf);
    for (const left of ['Hidden', 'No size', 'Inert', 'Unseen', 'Not now', 'Redo']) {
      expect(names).not.toContain(left);
    }
  });

  it('makes a lane just its "Put it in" button while a card is picked up', () => {
    document.body.innerHTML = BOARD;
    for (const lane of document.querySelectorAll('section.lane')) {
      lane.insertAdjacentHTML(
        'beforeend',
        `<button class="lane__place">Put in ${lane.id}</button>`,
      );
    }
    const tree = buildTree(document.body);
    expect(tree.children.slice(1).map(shape)).toEqual(['Put in', 'Put in', 'Put in']);
  });

  it('takes a list with several items, a fieldset and a role=group as groups', () => {
    document.body.innerHTML = `
      <fieldset><legend>Colour</legend>
        <label><input type="radio" name="c" />Green</label><label><input type="radio" name="c" />Red</label>
      </fieldset>
      <div role="group" aria-label="Topics"><button>Food</button><button>Home</button></div>
      <ul aria-label="Plans"><li><a href="#/1">One</a></li><li><a href="#/2">Two</a></li></ul>
      <ul aria-label="Meetings"><li><a href="#/m">Start a meeting</a></li></ul>`;
    const tree = buildTree(document.body);
    expect(tree.children.map((node) => node.kind)).toEqual(['group', 'group', 'group', 'item']);
    expect(controlsOf(tree)).toHaveLength(7);
  });

  it('scans a big grid row by row, as it is laid out', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) => `<li><button data-top="${Math.floor(i / 5) * 50}">P${i}</button></li>`,
    );
    document.body.innerHTML = `<ul aria-label="Pictures">${items.join('')}</ul><button>Save</button>`;
    const [grid] = buildTree(document.body).children;
    expect(shape(grid as ScanNode)).toEqual([
      'Pictures',
      ['row', 'P0', 'P1', 'P2', 'P3', 'P4'],
      ['row', 'P5', 'P6', 'P7', 'P8', 'P9'],
      ['row', 'P10', 'P11'],
    ]);
  });

  it('lets an open dialog take over', () => {
    document.body.innerHTML = `${BOARD}<div role="dialog" aria-modal="true" aria-label="Sure?">
      <button>Yes</button><button>No</button></div>`;
    const dialog = document.querySelector<HTMLElement>('[role=dialog]') as HTMLElement;
    expect(scanScope(document)).toBe(dialog);
    expect(controlsOf(buildTree(scanScope(document))).map(nameOf)).toEqual(['Yes', 'No']);
  });
});

describe('ScanCursor', () => {
  it('steps over the groups, goes in, ends with the group itself, and goes back out', () => {
    document.body.innerHTML = BOARD;
    const cursor = new ScanCursor(buildTree(document.body));
    const here = () => {
      const entry = cursor.current();
      return entry
        ? `${entry.isBack ? 'back:' : ''}${nameOf(entry.node.element).slice(0, 12)}`
        : '';
    };
    expect(here()).toBe('Home My goal');
    cursor.next();
    expect(here()).toBe('Now');
    expect(cursor.choose()).toEqual({ type: 'entered' });
    const seen = [here()];
    for (let i = 0; i < 4; i += 1) {
      cursor.next();
      seen.push(here());
    }
    expect(seen).toEqual(['Listen: Now', 'Swim', 'Open', 'Add a card t', 'back:Now']);
    cursor.next();
    expect(here()).toBe('Listen: Now');
    cursor.index = 4;
    expect(cursor.choose()).toEqual({ type: 'left' });
    expect(here()).toBe('Now');
    cursor.next();
    cursor.next();
    cursor.next();
    expect(here()).toBe('Home My goal');
  });

  it('presses a control when it is chosen', () => {
    document.body.innerHTML = BOARD;
    const cursor = new ScanCursor(buildTree(document.body));
    cursor.choose();
    cursor.next();
    const choice = cursor.choose();
    expect(choice.type).toBe('press');
    expect(choice.type === 'press' && nameOf(choice.element)).toBe('Undo');
  });

  it('follows the highlight into a tree built again, or starts its group again', () => {
    document.body.innerHTML = BOARD;
    const cursor = new ScanCursor(buildTree(document.body));
    cursor.next();
    cursor.choose();
    cursor.next();
    cursor.next(); // Open
    expect(cursor.follow(buildTree(document.body))).toBe(true);
    expect(nameOf(cursor.current()?.node.element as Element)).toBe('Open');
    document.querySelector('a[href="#/c"]')?.remove();
    expect(cursor.follow(buildTree(document.body))).toBe(false);
    expect(nameOf(cursor.current()?.node.element as Element)).toBe('Listen: Now');
    document.querySelector('section.lane')?.remove();
    expect(cursor.follow(buildTree(document.body))).toBe(false);
    expect(cursor.path).toHaveLength(1);
  });

  it('goes out of a grid (and its row) once one of its pictures is chosen', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<li><button aria-pressed="false" data-top="${Math.floor(i / 6) * 50}">P${i}</button></li>`,
    );
    document.body.innerHTML = `<fieldset><legend>Picture</legend><input type="search" />
      <ul aria-label="Pictures">${items.join('')}</ul></fieldset><button>Save</button>`;
    const tree = buildTree(document.body);
    const cursor = new ScanCursor(tree);
    const place = placeOf(tree, (control) => control.textContent === 'P7');
    expect(place?.path.map((group) => group.members?.length ?? 'group')).toEqual([
      'group',
      'group',
      'group',
      6,
    ]);
    cursor.moveTo(place as NonNullable<typeof place>);
    cursor.leaveChoiceGroup();
    expect(cursor.current()?.node.element.getAttribute('aria-label')).toBe('Pictures');
  });
});
