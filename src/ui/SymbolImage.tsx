// A picture from the shipped symbol library, by its id (the emoji code point, e.g. "1f431").

/** The address of a symbol picture, inside the app (precached, works offline). */
export function symbolUrl(symbolId: string): string {
  return `${import.meta.env.BASE_URL}icons/svg/${symbolId}.svg`;
}

interface SymbolImageProps {
  symbolId: string;
  /** Empty when the picture only decorates a labelled control. */
  alt: string;
  size?: number;
  className?: string;
}

/** Shows one symbol; decorative unless given an `alt`. */
export function SymbolImage({ symbolId, alt, size = 32, className }: SymbolImageProps) {
  return (
    <img
      className={className ?? 'symbol'}
      src={symbolUrl(symbolId)}
      alt={alt}
      width={size}
      height={size}
      draggable={false}
      loading="lazy"
      decoding="async"
    />
  );
}
