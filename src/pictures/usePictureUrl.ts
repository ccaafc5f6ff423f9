// Shows stored picture bytes in an <img>: makes an object URL from them and lets it go again
// when the picture changes or the component leaves, so no memory is held for hidden pictures.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getPicture } from '../storage';

/** Where a stored picture stands: still reading, shown at `url`, or not on this device. */
export type PictureUrlState =
  | { status: 'loading' }
  | { status: 'ready'; url: string; width: number; height: number }
  | { status: 'missing' };

/** An object URL for stored picture `pictureId` (undefined: none wanted). */
export function usePictureUrl(pictureId: string | undefined): PictureUrlState {
  // null marks "read, and not there"; undefined marks "still reading".
  const picture = useLiveQuery(
    async () => (pictureId ? ((await getPicture(pictureId)) ?? null) : null),
    [pictureId],
  );
  const [shown, setShown] = useState<{ id: string; url: string; width: number; height: number }>();

  useEffect(() => {
    if (!picture) return undefined;
    const url = URL.createObjectURL(new Blob([picture.bytes], { type: picture.mime }));
    // The URL is an outside resource made and revoked here, so StrictMode and every change of
    // picture get their own; the state only carries it to the render.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see the comment above
    setShown({ id: picture.id, url, width: picture.width, height: picture.height });
    return () => URL.revokeObjectURL(url);
  }, [picture]);

  if (picture === null) return { status: 'missing' };
  if (!picture || shown?.id !== picture.id) return { status: 'loading' };
  return { status: 'ready', url: shown.url, width: shown.width, height: shown.height };
}
