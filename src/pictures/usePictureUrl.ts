// Shows stored picture bytes in an <img> through the shared picture cache (pictureUrlCache.ts):
// one read for all the pictures of a screen, one URL per picture, let go when nobody shows it.
import { useEffect, useState } from 'react';
import { holdPicture, peekPicture, type CachedPicture } from './pictureUrlCache';

/** Where a stored picture stands: still reading, shown at `url`, or not on this device. */
export type PictureUrlState =
  | { status: 'loading' }
  | { status: 'ready'; url: string; width: number; height: number }
  | { status: 'missing' };

interface Read {
  id: string;
  value: CachedPicture | null | undefined;
}

/** An object URL for stored picture `pictureId` (undefined: none wanted). */
export function usePictureUrl(pictureId: string | undefined): PictureUrlState {
  const [read, setRead] = useState<Read | undefined>(() =>
    pictureId ? { id: pictureId, value: peekPicture(pictureId) } : undefined,
  );

  useEffect(() => {
    if (!pictureId) return undefined;
    const held = holdPicture(pictureId);
    let isLive = true;
    const show = (value: CachedPicture | null) => {
      if (!isLive) return;
      setRead((previous) =>
        previous?.id === pictureId && previous.value === value
          ? previous
          : { id: pictureId, value },
      );
    };
    held.promise.then(show, () => show(null));
    return () => {
      isLive = false;
      held.release();
    };
  }, [pictureId]);

  if (!pictureId) return { status: 'missing' };
  const value = read?.id === pictureId ? read.value : peekPicture(pictureId);
  if (value === null) return { status: 'missing' };
  if (value === undefined) return { status: 'loading' };
  return { status: 'ready', url: value.url, width: value.width, height: value.height };
}
