// The top of the meeting screen, instead of the app's usual bar: the meeting's name, the two
// ways to show the plan, agree an action, full screen, and the end of the meeting.
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { useFullscreen } from './useFullscreen';

/** How the plan is shown: the whole board, or one card at a time. */
export type MeetingView = 'board' | 'card';

interface MeetingBarProps {
  title: string;
  /** The heading, which takes focus when the meeting opens. */
  headingRef: RefObject<HTMLHeadingElement | null>;
  view: MeetingView;
  /** The action form is open (the view buttons then close it). */
  isActionOpen: boolean;
  onView: (view: MeetingView) => void;
  onAction: () => void;
  onEnd: () => void;
}

/** The meeting's bar: its title, the views and the meeting's tools. */
export function MeetingBar(props: MeetingBarProps) {
  const { title, headingRef, view, isActionOpen, onView, onAction, onEnd } = props;
  const { t } = useTranslation();
  const fullscreen = useFullscreen();
  const isShown = (which: MeetingView) => !isActionOpen && view === which;
  return (
    <header className="meeting__bar">
      <h1 className="meeting__title" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      <nav className="meeting__tools" aria-label={t('meeting.tools')}>
        <div className="meeting__views" role="group" aria-label={t('meeting.views')}>
          <Button
            symbolId="1f5c2"
            size="large"
            aria-pressed={isShown('board')}
            onClick={() => onView('board')}
          >
            {t('meeting.viewBoard')}
          </Button>
          <Button
            symbolId="1f4c4"
            size="large"
            aria-pressed={isShown('card')}
            onClick={() => onView('card')}
          >
            {t('meeting.viewCard')}
          </Button>
        </div>
        <Button
          symbolId="1f91d"
          size="large"
          className="meeting__action"
          aria-pressed={isActionOpen}
          onClick={onAction}
        >
          {t('meeting.action.add')}
        </Button>
        {fullscreen.isAvailable ? (
          <Button
            symbolId={fullscreen.isOn ? '1f4f1' : '1f4fa'}
            size="large"
            onClick={() => void fullscreen.toggle()}
          >
            {t(fullscreen.isOn ? 'meeting.leaveFullscreen' : 'meeting.fullscreen')}
          </Button>
        ) : null}
        <Button symbolId="1f3c1" size="large" variant="primary" onClick={onEnd}>
          {t('meeting.end')}
        </Button>
      </nav>
    </header>
  );
}
