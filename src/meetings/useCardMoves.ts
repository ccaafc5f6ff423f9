// The ways to go to the next or the previous card in a meeting besides the big buttons: the
// arrow keys (mirrored in Arabic) and a swipe with a finger. Never the only way: buttons stay.
import { useEffect, useRef, type PointerEvent } from 'react';

/** +1 = the next card, -1 = the previous one. */
export type CardStep = 1 | -1;

/** A swipe is a sideways move of at least this many pixels, more sideways than up or down. */
const SWIPE_PX = 60;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function isRtl(): boolean {
  return document.documentElement.dir === 'rtl';
}

/** Left and right arrow keys anywhere on the page (but not in a field) step through cards. */
export function useArrowKeys(onStep: (step: CardStep) => void, isOn: boolean): void {
  const latest = useRef(onStep);
  useEffect(() => {
    latest.current = onStep;
  });
  useEffect(() => {
    if (!isOn) return undefined;
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      event.preventDefault();
      const isForward = (event.key === 'ArrowRight') !== isRtl();
      latest.current(isForward ? 1 : -1);
    }
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [isOn]);
}

/** Pointer handlers for an element that can be swiped: towards the reading start = next card. */
export function useSwipe(onStep: (step: CardStep) => void) {
  const start = useRef<{ x: number; y: number }>(undefined);
  return {
    onPointerDown(event: PointerEvent) {
      start.current = { x: event.clientX, y: event.clientY };
    },
    onPointerUp(event: PointerEvent) {
      const from = start.current;
      start.current = undefined;
      if (!from) return;
      const dx = event.clientX - from.x;
      const dy = event.clientY - from.y;
      if (Math.abs(dx) < SWIPE_PX || Math.abs(dx) < Math.abs(dy)) return;
      // A finger moving left brings the next card in (from the right); mirrored in Arabic.
      const isLeftward = dx < 0;
      onStep(isLeftward !== isRtl() ? 1 : -1);
    },
    onPointerCancel() {
      start.current = undefined;
    },
  };
}
