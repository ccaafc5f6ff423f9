// The only place the card screen calls the picture picker: if the picker's props change again,
// only this file changes.
import type { TopicId } from '../domain/symbolSearch';
import type { PictureRef } from '../domain/types';
import { PicturePicker } from '../pictures';

interface PictureChoiceProps {
  /** Whose pictures (photos, drawings) they are. */
  personId: string;
  value?: PictureRef;
  /** The chosen picture and, for a library picture, its name ('' for a photo or drawing). */
  onChange: (picture: PictureRef, name: string) => void;
  initialTopic?: TopicId;
}

/** Choose a picture for a step or a supporter. */
export function PictureChoice({ personId, value, onChange, initialTopic }: PictureChoiceProps) {
  return (
    <PicturePicker
      personId={personId}
      value={value}
      onChange={onChange}
      initialTopic={initialTopic}
    />
  );
}
