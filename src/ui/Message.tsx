// A plain message box: information, a warning, or a problem, always with a picture.
import type { ReactNode } from 'react';
import { SymbolImage } from './SymbolImage';

interface MessageProps {
  tone: 'info' | 'warning' | 'problem';
  children: ReactNode;
  /** Problems are spoken at once; other messages wait their turn. */
  isUrgent?: boolean;
  actions?: ReactNode;
}

const PICTURES = { info: '2139', warning: '26a0', problem: '274c' } as const;

/** Shows a message with a picture for its tone. */
export function Message({ tone, children, isUrgent = false, actions }: MessageProps) {
  return (
    <div className={`message message--${tone}`} role={isUrgent ? 'alert' : 'status'}>
      <SymbolImage symbolId={PICTURES[tone]} alt="" size={40} />
      <div className="message__text">{children}</div>
      {actions ? <div className="message__actions">{actions}</div> : null}
    </div>
  );
}
