// Drag and drop (mouse and finger) for the screens that move things: the board and the card's
// steps. Loaded with those screens only, so the first screen does not carry react-dnd.
import type { ReactNode } from 'react';
import { DndProvider } from 'react-dnd-multi-backend';
import { DND_BACKENDS } from './dndBackends';

/** Lets the children drag and drop. */
export function DragAndDrop({ children }: { children: ReactNode }) {
  return <DndProvider options={DND_BACKENDS}>{children}</DndProvider>;
}
