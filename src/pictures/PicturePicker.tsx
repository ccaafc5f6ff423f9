// Choose a picture for a card or a person: from the shipped library, a new photo, a photo on the
// device, or a drawing. Photos and drawings are shrunk, stored on the device, then chosen.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../a11y/announcer';
import type { TopicId } from '../domain/symbolSearch';
import type { PictureRef, StoredPicture } from '../domain/types';
import { Message } from '../ui/Message';
import { DrawingPad } from './DrawingPad';
import { PictureSources, type PickerMode } from './PictureSources';
import { PictureView } from './PictureView';
import { SymbolLibrary } from './SymbolLibrary';
import { usePictureImport } from './usePictureImport';
import './pictures.css';

interface PicturePickerProps {
  /** Whose picture it is: photos and drawings are stored as theirs. */
  personId: string;
  value?: PictureRef;
  /** Called with the chosen picture and, for a library picture, its name ('' otherwise). */
  onChange: (picture: PictureRef, name: string) => void;
  initialTopic?: TopicId;
}

/** The current picture shown large, four sources, and the library or the drawing pad below. */
export function PicturePicker({
  personId,
  value,
  onChange,
  initialTopic = 'people',
}: PicturePickerProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [mode, setMode] = useState<PickerMode>('library');
  const { state, importFile, storeDrawing, clearProblem } = usePictureImport(personId);
  const isBusy = state.status === 'working';
  const pickerRef = useRef<HTMLDivElement>(null);

  function choose(picture: StoredPicture | undefined, ready: string) {
    if (!picture) return;
    onChange({ kind: 'stored', pictureId: picture.id }, '');
    announce(ready);
  }

  return (
    <div className="picture-picker" ref={pickerRef}>
      {value ? (
        <figure className="picture-picker__current">
          <PictureView picture={value} alt="" size={160} />
          <figcaption>{t('pictures.current')}</figcaption>
        </figure>
      ) : null}
      <PictureSources
        mode={mode}
        isBusy={isBusy}
        onMode={(next) => {
          clearProblem();
          setMode(next);
        }}
        onFile={async (file, source) => {
          setMode('library');
          choose(await importFile(file, source, t('pictures.photoAlt')), t('pictures.photoReady'));
        }}
      />
      {state.status === 'working' ? (
        <Message tone="info">
          {t(state.source === 'drawing' ? 'pictures.drawingWorking' : 'pictures.working')}
        </Message>
      ) : null}
      {state.status === 'failed' ? (
        <Message tone="problem" isUrgent>
          {t(state.problem)}
        </Message>
      ) : null}
      {mode === 'draw' ? (
        <DrawingPad
          isBusy={isBusy}
          onUse={async (strokes) => {
            const picture = await storeDrawing(strokes, t('pictures.drawingAlt'));
            if (picture) setMode('library');
            choose(picture, t('pictures.drawingReady'));
            // The drawing pad closes: the focus goes back to "Draw", which opened it.
            if (picture)
              pickerRef.current?.querySelector<HTMLElement>('[data-mode="draw"]')?.focus();
          }}
        />
      ) : (
        <SymbolLibrary
          value={value?.kind === 'symbol' ? value.symbolId : undefined}
          onChoose={(symbolId, name) => {
            clearProblem();
            onChange({ kind: 'symbol', symbolId }, name);
          }}
          initialTopic={initialTopic}
        />
      )}
    </div>
  );
}
