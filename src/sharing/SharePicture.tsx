// A card's, plan's or person's picture in a share: from the library, stored on the tablet, or
// inside a file being opened. Library pictures load at once (never lazily) so a printout has them.
import type { PictureRef } from '../domain/types';
import { PictureView } from '../pictures';
import { symbolUrl } from '../ui/SymbolImage';

interface SharePictureProps {
  picture: PictureRef;
  size: number;
  alt?: string;
  /** Object URLs of the pictures inside a file, by picture id (when showing a file). */
  urls?: ReadonlyMap<string, string>;
}

/** Shows `picture` as a `size`×`size` square. */
export function SharePicture({ picture, size, alt = '', urls }: SharePictureProps) {
  const url =
    picture.kind === 'symbol' ? symbolUrl(picture.symbolId) : urls?.get(picture.pictureId);
  if (url) {
    return (
      <img
        className="share-picture"
        src={url}
        alt={alt}
        width={size}
        height={size}
        draggable={false}
      />
    );
  }
  if (urls && picture.kind === 'stored') {
    // A file that names a picture it does not hold: an empty frame, never a broken image.
    return alt ? (
      <span className="share-picture share-picture--missing" role="img" aria-label={alt} />
    ) : (
      <span className="share-picture share-picture--missing" aria-hidden="true" />
    );
  }
  return <PictureView picture={picture} alt={alt} size={size} className="share-picture" />;
}
