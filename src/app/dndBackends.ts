// Drag and drop backends: HTML5 drag for mouse and pen, the touch backend for fingers.
// A short hold before a touch drag starts, so a quick swipe still scrolls the page.
import { HTML5Backend } from 'react-dnd-html5-backend';
import {
  PointerTransition,
  TouchTransition,
  type MultiBackendOptions,
} from 'react-dnd-multi-backend';
import { TouchBackend } from 'react-dnd-touch-backend';

/** How long a finger must rest on a card before it can be dragged, in milliseconds. */
export const TOUCH_HOLD_MS = 150;

/** Backends for react-dnd-multi-backend: mouse first, touch when a finger is used. */
export const DND_BACKENDS: MultiBackendOptions = {
  backends: [
    { id: 'html5', backend: HTML5Backend, transition: PointerTransition },
    {
      id: 'touch',
      backend: TouchBackend,
      options: {
        enableMouseEvents: false,
        delayTouchStart: TOUCH_HOLD_MS,
        ignoreContextMenu: true,
      },
      preview: true,
      transition: TouchTransition,
    },
  ],
};
