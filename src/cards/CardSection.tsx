// One part of the card screen: a heading with a picture, then its content. Every part looks
// alike, so a person learns the screen once.
import { useId, type ReactNode } from 'react';
import { SymbolImage } from '../ui/SymbolImage';

interface CardSectionProps {
  symbolId: string;
  title: string;
  children: ReactNode;
  className?: string;
}

/** A `<section>` named by its heading. */
export function CardSection({ symbolId, title, children, className }: CardSectionProps) {
  const headingId = useId();
  return (
    <section
      className={['card-section', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
    >
      <h2 className="card-section__title" id={headingId}>
        <SymbolImage symbolId={symbolId} alt="" size={40} />
        <span>{title}</span>
      </h2>
      {children}
    </section>
  );
}
