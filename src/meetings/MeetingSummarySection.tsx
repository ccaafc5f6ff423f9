// One part of a meeting's summary: a heading with its picture, then what it shows.
import { useId, type ReactNode } from 'react';
import { SymbolImage } from '../ui/SymbolImage';

interface MeetingSummarySectionProps {
  symbolId: string;
  title: string;
  /** Takes the whole width of the page (lists of cards); other parts sit two side by side. */
  wide?: boolean;
  children: ReactNode;
}

/** A titled part of the summary, as a region named by its heading. */
export function MeetingSummarySection({
  symbolId,
  title,
  wide,
  children,
}: MeetingSummarySectionProps) {
  const titleId = useId();
  return (
    <section
      className={wide ? 'summary__part summary__part--wide' : 'summary__part'}
      aria-labelledby={titleId}
    >
      <h2 className="summary__title" id={titleId}>
        <SymbolImage symbolId={symbolId} alt="" size={40} />
        <span>{title}</span>
      </h2>
      {children}
    </section>
  );
}
