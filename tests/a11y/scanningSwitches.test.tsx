// Switch scanning on a screen: one switch (the highlight moves by itself, stops after three
// rounds, a press starts it again), two switches (Space moves, Enter chooses), pick-then-place,
// round choices, typing in a field, a new screen, and nothing at all when it is off.
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SwitchScanning } from '../../src/a11y/scanning';
import type { Scanning } from '../../src/domain/types';
import { startI18n } from '../../src/app/i18n';

/** A small board: a top bar, two lanes with pick-then-place, a round choice and a field. */
function MiniBoard({ onUndo }: { onUndo: () => void }) {
  const [laneOf, setLaneOf] = useState<Record<string, string>>({ Swim: 'Now', Cook: 'Now' });
  const [picked, setPicked] = useState<string>();
  const [colour, setColour] = useState('Green');
  return (
    <>
      <header className="topbar">
        <a href="#/home">Home</a>
        <button type="button" onClick={onUndo}>
          Undo
        </button>
      </header>
      <main>
        {['Now', 'Next'].map((lane) => (
          <section key={lane} className="lane" aria-label={lane}>
            <h2>{lane}</h2>
            <button type="button">{`Listen: ${lane}`}</button>
            <ul aria-label={`${lane} cards`}>
              {Object.entries(laneOf)
                .filter(([, at]) => at === lane)
                .map(([card]) => (
                  <li key={card}>
                    <button
                      type="button"
                      aria-pressed={picked === card}
                      onClick={() => setPicked(card)}
                    >
                      {card}
                    </button>
                  </li>
                ))}
            </ul>
            {picked ? (
              <button
                type="button"
                className="lane__place"
                onClick={() => {
                  setLaneOf((all) => ({ ...all, [picked]: lane }));
                  setPicked(undefined);
                }}
              >
                {`Put it in ${lane}`}
              </button>
            ) : (
              <a href="#/add">{`Add a card to ${lane}`}</a>
            )}
          </section>
        ))}
        <fieldset>
          <legend>Colour</legend>
          {['Green', 'Red'].map((name) => (
            <label key={name}>
              <input
                type="radio"
                name="colour"
                checked={colour === name}
                onChange={() => setColour(name)}
              />
              {name}
            </label>
          ))}
        </fieldset>
        <label>
          Words
          <input />
        </label>
      </main>
    </>
  );
}

function ThreeButtons({ onPress }: { onPress: (name: string) => void }) {
  return (
    <main>
      {['A', 'B', 'C'].map((name) => (
        <button key={name} type="button" onClick={() => onPress(name)}>
          {name}
        </button>
      ))}
    </main>
  );
}

/** A button that opens more tools (like "Change column" on a lane). */
function Tools() {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <main>
      <button type="button">Before</button>
      <section aria-label="Column">
        <button type="button" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
          Change
        </button>
        {isOpen ? (
          <div>
            <button type="button">Rename</button>
            <button type="button">Remove</button>
          </div>
        ) : null}
        <button type="button">Listen</button>
      </section>
    </main>
  );
}

async function wait(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

/** Presses a switch key the way a switch box sends it; false when the page was not given it. */
async function press(key: 'Space' | 'Enter' | 'Escape' | 'x'): Promise<boolean> {
  const target = document.activeElement ?? document.body;
  const init = key === 'Space' ? { key: ' ', code: 'Space' } : { key, code: key };
  const given = fireEvent.keyDown(target, init);
  fireEvent.keyUp(target, init);
  await wait(300);
  return given;
}

function focusedName(): string {
  const element = document.activeElement as HTMLElement | null;
  const label = element instanceof HTMLInputElement ? element.labels?.[0] : undefined;
  return (element?.getAttribute('aria-label') ?? (label ?? element)?.textContent ?? '').trim();
}

function ringOn(name: string): HTMLElement | undefined {
  return [...document.querySelectorAll<HTMLElement>('.scan-highlight')].find(
    (element) => (element.getAttribute('aria-label') ?? element.textContent)?.trim() === name,
  );
}

async function start(mode: Scanning, ui: React.ReactElement, seconds = 1) {
  render(
    <>
      <SwitchScanning mode={mode} seconds={seconds} />
      {ui}
    </>,
  );
  await wait(800); // the page settles, then the highlight starts at the top
}

// The words load before the clock is faked (they come in a chunk of their own).
beforeAll(async () => {
  await startI18n('en');
});
beforeEach(() => {
  vi.useFakeTimers();
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
    new DOMRect(0, 0, 100, 40),
  );
});
afterEach(() => {
  vi.useRealTimers();
  window.location.hash = '';
});

describe('one switch', () => {
  it('moves the highlight by itself, every `seconds`, round and round', async () => {
    await start('one', <ThreeButtons onPress={() => undefined} />);
    expect(focusedName()).toBe('A');
    expect(ringOn('A')).toBeDefined();
    const seen = [];
    for (let i = 0; i < 4; i += 1) {
      await wait(1000);
      seen.push(focusedName());
    }
    expect(seen).toEqual(['B', 'C', 'A', 'B']);
    expect(document.querySelectorAll('.scan-highlight')).toHaveLength(1);
  });

  it('stops after three rounds with no press; a press starts it again without choosing', async () => {
    const pressed = vi.fn();
    await start('one', <ThreeButtons onPress={pressed} />);
    await wait(9000); // three rounds of three
    const stoppedOn = focusedName();
    expect(ringOn(stoppedOn)).toHaveClass('scan-highlight--paused');
    await wait(20_000);
    expect(focusedName()).toBe(stoppedOn);
    expect(await press('Space')).toBe(false);
    expect(pressed).not.toHaveBeenCalled();
    expect(ringOn(stoppedOn)).not.toHaveClass('scan-highlight--paused');
    await wait(1000);
    expect(focusedName()).not.toBe(stoppedOn);
  });

  it('chooses what is highlighted with Space or Enter', async () => {
    const pressed = vi.fn();
    await start('one', <ThreeButtons onPress={pressed} />);
    await wait(1000);
    expect(focusedName()).toBe('B');
    expect(await press('Enter')).toBe(false);
    expect(pressed).toHaveBeenCalledWith('B');
    // Once the page has settled, the highlight goes on from the choice.
    await wait(1500);
    expect(focusedName()).toBe('C');
    await press('Space');
    expect(pressed).toHaveBeenLastCalledWith('C');
    expect(pressed).toHaveBeenCalledTimes(2);
  });
});

describe('two switches', () => {
  it('never moves by itself: Space moves, Enter chooses', async () => {
    const pressed = vi.fn();
    await start('two', <ThreeButtons onPress={pressed} />);
    expect(focusedName()).toBe('A');
    await wait(10_000);
    expect(focusedName()).toBe('A');
    await press('Space');
    await press('Space');
    expect(focusedName()).toBe('C');
    await press('Enter');
    expect(pressed).toHaveBeenCalledWith('C');
    expect(pressed).toHaveBeenCalledTimes(1);
  });

  it('walks groups then controls; after picking a card, "Put it in" comes at once', async () => {
    await start('two', <MiniBoard onUndo={() => undefined} />);
    expect(document.activeElement).toHaveClass('topbar');
    expect(focusedName()).toBe('Buttons at the top');
    await press('Space');
    expect(focusedName()).toBe('Now');
    await press('Enter'); // into the lane
    expect(focusedName()).toBe('Listen: Now');
    await press('Space');
    expect(focusedName()).toBe('Now cards');
    await press('Enter'); // into its cards
    await press('Space');
    expect(focusedName()).toBe('Cook');
    await press('Enter'); // picks Cook up
    expect(focusedName()).toBe('Put it in Now');
    await press('Space');
    expect(focusedName()).toBe('Put it in Next');
    await press('Enter');
    expect(within('Next cards')).toEqual(['Cook']);
    // The "Put it in" buttons are gone: the highlight starts the screen again.
    expect(document.activeElement).toHaveClass('topbar');
  });

  it('goes out of a round choice once one is chosen, and back out by the group itself', async () => {
    await start('two', <MiniBoard onUndo={() => undefined} />);
    await press('Space');
    await press('Space');
    await press('Space');
    expect(focusedName()).toMatch(/^Colour/);
    await press('Enter');
    await press('Space');
    expect(focusedName()).toBe('Red');
    expect(ringOn('Red')?.tagName).toBe('LABEL');
    await press('Enter');
    expect(screen.getByRole('radio', { name: 'Red' })).toBeChecked();
    await wait(600); // nothing else changes on the page: the highlight moves on after a moment
    expect(document.activeElement?.tagName).toBe('FIELDSET');
    await press('Space');
    expect(focusedName()).toBe('Words');
  });

  it('goes to the first of the tools a choice opened', async () => {
    await start('two', <Tools />);
    await press('Space');
    await press('Enter');
    expect(focusedName()).toBe('Change');
    await press('Enter');
    expect(focusedName()).toBe('Rename');
    await press('Space');
    expect(focusedName()).toBe('Remove');
  });

  it('lets a chosen text field have every key until Escape', async () => {
    await start('two', <MiniBoard onUndo={() => undefined} />);
    for (let i = 0; i < 4; i += 1) await press('Space');
    const field = screen.getByRole('textbox', { name: 'Words' });
    expect(document.activeElement).toBe(field);
    expect(await press('Enter')).toBe(false); // chosen: now typing
    expect(await press('Space')).toBe(true);
    expect(await press('x')).toBe(true);
    expect(document.activeElement).toBe(field);
    expect(await press('Escape')).toBe(false);
    expect(await press('Space')).toBe(false); // a switch again
    expect(focusedName()).toBe('Buttons at the top');
  });

  it('starts again at the top of a new screen', async () => {
    await start('two', <MiniBoard onUndo={() => undefined} />);
    await press('Space');
    await press('Space');
    expect(focusedName()).toBe('Next');
    await act(async () => {
      window.location.hash = '#/elsewhere';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    await wait(1000);
    expect(focusedName()).toBe('Buttons at the top');
  });
});

describe('off', () => {
  it('does nothing at all: no key is caught, nothing is highlighted', async () => {
    const listen = vi.spyOn(window, 'addEventListener');
    await start('off', <ThreeButtons onPress={() => undefined} />);
    expect(listen.mock.calls.map(([type]) => type)).not.toContain('keydown');
    expect(await press('Space')).toBe(true);
    await wait(5000);
    expect(document.querySelector('.scan-highlight')).toBeNull();
  });

  it('puts everything back when switched off', async () => {
    const { rerender } = render(
      <>
        <SwitchScanning mode="two" seconds={1} />
        <MiniBoard onUndo={() => undefined} />
      </>,
    );
    await wait(800);
    const header = document.querySelector('header') as HTMLElement;
    expect(header).toHaveAttribute('tabindex', '-1');
    rerender(
      <>
        <SwitchScanning mode="off" seconds={1} />
        <MiniBoard onUndo={() => undefined} />
      </>,
    );
    expect(document.querySelector('.scan-highlight')).toBeNull();
    expect(header).not.toHaveAttribute('tabindex');
    expect(header).not.toHaveAttribute('aria-label');
    expect(await press('Space')).toBe(true);
  });
});

function within(listName: string): string[] {
  const list = screen.getByRole('list', { name: listName });
  return [...list.querySelectorAll('button')].map((button) => button.textContent ?? '');
}
