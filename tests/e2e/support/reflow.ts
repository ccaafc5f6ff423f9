// Measures what the eye may miss at 320 px or big text: words cut off by their box, anything
// sticking out past the side of the screen, controls lying on top of each other. Each problem
// comes with a CSS path and its figures, so a failing test says exactly what and where.
import type { Page } from '@playwright/test';

/** One thing cut off, sticking out, or lying on another. */
export interface Overflow {
  kind:
    | 'clipped'
    | 'ellipsis'
    | 'spills'
    | 'scrolls'
    | 'page-wider'
    | 'off-screen'
    | 'overlap'
    | 'broken-word';
  where: string;
  figures: string;
}

/** The WCAG 1.4.12 text-spacing overrides (the usual bookmarklet): nothing may break with them. */
export const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-block-end: 2em !important; }
`;

/** What a screen may do on purpose (CSS selectors; nothing by default). */
export interface Allowed {
  /** Parts meant to scroll sideways (never at 320 px: WCAG 1.4.10). */
  scrollers?: string;
  /** Parts where an everyday word may break over two lines (with a reason, in the spec). */
  brokenWords?: string;
}

/** What screens may do at 320 px wide. */
export const NARROW_ALLOWED: Allowed = {
  // Five columns of faces on "My progress": a long question word is hyphenated (on tablets with
  // the language's hyphenation) or broken; the table still fits the screen.
  brokenWords: '.progress-feedback',
};

/** Every overflow on the page as it is now (the whole page, not only what is scrolled into view). */
export function findOverflow(page: Page, allowed: Allowed = {}): Promise<Overflow[]> {
  const none = ':not(*)';
  const options = {
    scrollers: allowed.scrollers ?? none,
    brokenWords: allowed.brokenWords ?? none,
  };
  return page.evaluate(({ scrollers: meantToScroll, brokenWords }) => {
    const found: Overflow[] = [];
    const round = (n: number) => Math.round(n);
    const pathOf = (element: Element): string => {
      const parts: string[] = [];
      for (let el: Element | null = element; el && el !== document.body; el = el.parentElement) {
        const classes = [...el.classList]
          .slice(0, 2)
          .map((c) => `.${c}`)
          .join('');
        const siblings = el.parentElement
          ? [...el.parentElement.children].filter((s) => s.tagName === el?.tagName)
          : [];
        const nth = siblings.length > 1 ? `:nth-of-type(${siblings.indexOf(el) + 1})` : '';
        parts.unshift(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes}${nth}`);
        if (el.id || parts.length >= 5) break;
      }
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${parts.join(' > ')}${text ? ` "${text}"` : ''}`;
    };
    // Hidden on purpose: visually-hidden words for screen readers, closed parts, 1-px boxes.
    const isHiddenOnPurpose = (element: Element): boolean => {
      if (!element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return true;
      for (let el: Element | null = element; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.clipPath !== 'none' || (style.clip !== 'auto' && style.position === 'absolute')) {
          return true;
        }
        const box = el.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1) return true;
      }
      return false;
    };
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const clips = (value: string) => value === 'hidden' || value === 'clip';
    const controls =
      'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=button], label:has(input)';

    const all = [...document.body.querySelectorAll('*')].filter((el) => !isHiddenOnPurpose(el));
    const spilling = new Map<Element, string>();
    for (const element of all) {
      // Fields scroll their own words by nature; pictures are drawn to their box.
      if (element.matches('input, textarea, select, img, svg, svg *')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'inline' || style.display === 'contents') continue;
      const { scrollWidth, clientWidth, scrollHeight, clientHeight } = element;
      const wide = scrollWidth > clientWidth + 1;
      const tall = scrollHeight > clientHeight + 1;
      if (!wide && !tall) continue;
      const figures = `content ${scrollWidth}×${scrollHeight} in a box of ${clientWidth}×${clientHeight}`;
      if (wide && scrolls(style.overflowX)) {
        // A part that scrolls sideways must be meant to.
        if (!element.matches(meantToScroll)) {
          found.push({ kind: 'scrolls', where: pathOf(element), figures });
        }
      } else if (wide && style.textOverflow === 'ellipsis') {
        found.push({ kind: 'ellipsis', where: pathOf(element), figures });
      } else if ((wide && clips(style.overflowX)) || (tall && clips(style.overflowY))) {
        found.push({ kind: 'clipped', where: pathOf(element), figures });
      } else if ((wide && !scrolls(style.overflowX)) || (tall && !scrolls(style.overflowY))) {
        spilling.set(element, figures);
      }
    }
    // Words or boxes sticking out of their box: told once, at the box they stick out of.
    const spilled = [...spilling.keys()];
    // A part drawn a little bigger on purpose (a picked card, scale(1.02)) sticks out by design.
    const onlyScaledOut = (element: Element) => {
      const box = element.getBoundingClientRect();
      const out = [...element.children].filter((child) => {
        const r = child.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1 || r.bottom > box.bottom + 1;
      });
      return out.length > 0 && out.every((child) => getComputedStyle(child).transform !== 'none');
    };
    for (const [element, figures] of spilling) {
      if (spilled.some((other) => other !== element && element.contains(other))) continue;
      if (onlyScaledOut(element)) continue;
      found.push({ kind: 'spills', where: pathOf(element), figures });
    }

    // Past the inline end (or start) of the screen: the page itself must not scroll sideways.
    const width = window.innerWidth;
    const pageWidth = document.documentElement.scrollWidth;
    if (pageWidth > document.documentElement.clientWidth + 1) {
      found.push({
        kind: 'page-wider',
        where: 'html',
        figures: `page ${pageWidth} px, screen ${width} px`,
      });
    }
    // What sticks out, outermost first (a sideways-scrolling part, such as the lanes, may hold more).
    const inScroller = (element: Element) => {
      for (let el = element.parentElement; el && el !== document.body; el = el.parentElement) {
        if (scrolls(getComputedStyle(el).overflowX)) return true;
      }
      return false;
    };
    const outside = all.filter((el) => {
      const box = el.getBoundingClientRect();
      return (box.right > width + 1 || box.left < -1) && !inScroller(el);
    });
    for (const element of outside) {
      if (outside.includes(element.parentElement as Element)) continue;
      const box = element.getBoundingClientRect();
      found.push({
        kind: 'off-screen',
        where: pathOf(element),
        figures: `from ${round(box.left)} to ${round(box.right)} px, screen ${width} px`,
      });
    }

    // An everyday word (2 to 8 letters) split over two lines: its box is too narrow for the text.
    // Longer words may break: a person's own long word could not fit every screen.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const shownParents = new Set(all);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !shownParents.has(parent) || parent.closest(brokenWords)) continue;
      for (const match of (node.textContent ?? '').matchAll(/[\p{L}\p{N}]+/gu)) {
        if (match[0].length < 2 || match[0].length > 8) continue;
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top / 4)));
        if (tops.size > 1) {
          found.push({
            kind: 'broken-word',
            where: pathOf(parent),
            figures: `"${match[0]}" on ${tops.size} lines, ${round(parent.getBoundingClientRect().width)} px wide`,
          });
        }
      }
    }

    // Controls on top of each other: the part of each that shows (inside what clips it).
    const shown = (element: Element) => {
      const box = element.getBoundingClientRect();
      let [left, top, right, bottom] = [box.left, box.top, box.right, box.bottom];
      for (let el = element.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const clip = el.getBoundingClientRect();
        [left, top] = [Math.max(left, clip.left), Math.max(top, clip.top)];
        [right, bottom] = [Math.min(right, clip.right), Math.min(bottom, clip.bottom)];
      }
      return { left, top, right, bottom };
    };
    const targets = all
      .filter((el) => el.matches(controls))
      .map((element) => ({ element, box: shown(element) }))
      .filter(({ box }) => box.right - box.left > 1 && box.bottom - box.top > 1);
    for (let i = 0; i < targets.length; i += 1) {
      for (let j = i + 1; j < targets.length; j += 1) {
        const a = targets[i];
        const b = targets[j];
        if (!a || !b || a.element.contains(b.element) || b.element.contains(a.element)) continue;
        const across = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const down = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (across > 1 && down > 1) {
          found.push({
            kind: 'overlap',
            where: `${pathOf(a.element)} AND ${pathOf(b.element)}`,
            figures: `overlap ${round(across)}×${round(down)} px`,
          });
        }
      }
    }
    return found;
  }, options);
}
