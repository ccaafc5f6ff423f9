// The frame of every screen: a top bar with a way back and a title, then the main content.
import { useEffect, useRef, type ReactNode } from 'react';

interface ScreenLayoutProps {
  title: string;
  /** Picture shown beside the title. */
  titlePicture?: ReactNode;
  /** Controls at the start of the bar (a way back). */
  start?: ReactNode;
  /** Controls at the end of the bar (settings, undo…). */
  end?: ReactNode;
  /** Label of the top bar's navigation landmark. */
  navLabel: string;
  children: ReactNode;
}

/** Lays out one screen and moves focus to its title when the screen opens. */
export function ScreenLayout({
  title,
  titlePicture,
  start,
  end,
  navLabel,
  children,
}: ScreenLayoutProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title;
    headingRef.current?.focus({ preventScroll: true });
  }, [title]);
  return (
    <div className="screen">
      <header className="topbar">
        <nav className="topbar__nav" aria-label={navLabel}>
          {start}
        </nav>
        <h1 className="topbar__title" ref={headingRef} tabIndex={-1}>
          {titlePicture}
          <span>{title}</span>
        </h1>
        <div className="topbar__end">{end}</div>
      </header>
      <main className="screen__main" id="main">
        {children}
      </main>
    </div>
  );
}
