// Any picture of a card or a person, wherever it comes from: a symbol from the library, or a
// photo or drawing stored on the device. Always a square of the same size, so layouts never jump.
import type { PictureRef } from '../domain/types';
import { pictureBox, SymbolImage } from '../ui/SymbolImage';
import { usePictureUrl } from './usePictureUrl';
import './pictures.css';

interface PictureViewProps {
  picture: PictureRef;
  /** Empty when the picture only decorates something that has a name already. */
  alt: string;
  /** Width and height in CSS pixels. */
  size: number;
  className?: string;
}

function StoredPictureView({
  pictureId,
  alt,
  size,
  className,
}: PictureViewProps & { pictureId: string }) {
  const state = usePictureUrl(pictureId);
  const { className: classes, style } = pictureBox(
    size,
    ['stored-picture', className].filter(Boolean).join(' '),
  );
  if (state.status === 'ready') {
    return (
      <img
        className={classes}
        src={state.url}
        alt={alt}
        width={size}
        height={size}
        style={style}
        draggable={false}
        decoding="async"
      />
    );
  }
  // A calm empty square while reading; a framed-picture sign if the picture is gone.
  const missing =
    state.status === 'missing' ? (
      <SymbolImage symbolId="1f5bc" alt="" size={Math.round(size / 2)} />
    ) : null;
  const placeholder = `${classes} stored-picture--placeholder`;
  return alt ? (
    <span className={placeholder} style={style} role="img" aria-label={alt}>
      {missing}
    </span>
  ) : (
    <span className={placeholder} style={style} aria-hidden="true">
      {missing}
    </span>
  );
}

/** Shows `picture` as a `size`×`size` square; a stored one is cropped to fill it. */
export function PictureView({ picture, alt, size, className }: PictureViewProps) {
  if (picture.kind === 'symbol') {
    return <SymbolImage symbolId={picture.symbolId} alt={alt} size={size} className={className} />;
  }
  return (
    <StoredPictureView
      picture={picture}
      pictureId={picture.pictureId}
      alt={alt}
      size={size}
      className={className}
    />
  );
}
