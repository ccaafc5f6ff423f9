// Shows the pictures inside a file before anything is stored: an object URL for each, let go
// again when the file is put away or the screen closes.
import { useEffect, useState } from 'react';
import type { StoredPicture } from '../domain/types';

/** Object URLs of `pictures` by id (empty while there are none). */
export function useBundlePictures(
  pictures: readonly StoredPicture[] | undefined,
): ReadonlyMap<string, string> {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    const next = new Map(
      (pictures ?? []).map((picture) => [
        picture.id,
        URL.createObjectURL(new Blob([picture.bytes], { type: picture.mime })),
      ]),
    );
    // The URLs are outside resources made and let go here; the state only carries them.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- see the comment above
    setUrls(next);
    return () => {
      for (const url of next.values()) URL.revokeObjectURL(url);
    };
  }, [pictures]);
  return urls;
}
