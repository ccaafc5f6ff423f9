// A picture from the shipped symbol library, by its id (the emoji code point, e.g. "1f431").
import type { CSSProperties } from 'react';

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

/**
 * The class and style of a `size`-pixel picture box. theme.css sizes `.picture-box` by `--size`
 * times `--picture-scale` ("pictures larger" in How I like it), so every picture of every screen
 * follows that choice; a feature's own CSS rule still wins (the rule has no weight).
 */
export function pictureBox(
  size: number,
  className: string,
): {
  className: string;
  style: CSSProperties;
} {
  return {
    className: `${className} picture-box`,
    style: { '--size': `${size}px` } as CSSProperties,
  };
}

/** Shows one symbol; decorative unless given an `alt`. */
export function SymbolImage({ symbolId, alt, size = 32, className }: SymbolImageProps) {
  return (
    <img
      {...pictureBox(size, className ?? 'symbol')}
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
