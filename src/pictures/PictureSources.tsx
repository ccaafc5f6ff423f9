// The four places a picture can come from, as big picture buttons: the library, the camera,
// the photos on the device, and drawing. The file inputs are opened by real buttons.
import { useRef, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SymbolImage } from '../ui/SymbolImage';

/** Photo kinds offered by "Choose a photo" (SVG never: it can carry scripts and links). */
const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/gif,image/heic,image/heif';

/** What is shown under the buttons: the library or the drawing pad. */
export type PickerMode = 'library' | 'draw';

interface PictureSourcesProps {
  mode: PickerMode;
  isBusy: boolean;
  onMode: (mode: PickerMode) => void;
  onFile: (file: File, source: 'camera' | 'upload') => void;
}

/** A group of four big buttons; the one showing below is pressed. */
export function PictureSources({ mode, isBusy, onMode, onFile }: PictureSourcesProps) {
  const { t } = useTranslation();
  const cameraRef = useRef<HTMLInputElement>(null);
  const uploadRef = useRef<HTMLInputElement>(null);

  function handleChange(event: ChangeEvent<HTMLInputElement>, source: 'camera' | 'upload') {
    const file = event.target.files?.[0];
    // Cleared, so choosing the same file again still counts as a choice.
    event.target.value = '';
    if (file) onFile(file, source);
  }

  return (
    <div className="sources" role="group" aria-label={t('pictures.sources')}>
      <button
        type="button"
        className="sources__button"
        aria-pressed={mode === 'library'}
        onClick={() => onMode('library')}
      >
        <SymbolImage symbolId="1f5bc" alt="" size={48} />
        <span>{t('pictures.library')}</span>
      </button>
      <button
        type="button"
        className="sources__button"
        disabled={isBusy}
        onClick={() => cameraRef.current?.click()}
      >
        <SymbolImage symbolId="1f4f7" alt="" size={48} />
        <span>{t('pictures.takePhoto')}</span>
      </button>
      <button
        type="button"
        className="sources__button"
        disabled={isBusy}
        onClick={() => uploadRef.current?.click()}
      >
        <SymbolImage symbolId="1f3de" alt="" size={48} />
        <span>{t('pictures.choosePhoto')}</span>
      </button>
      <button
        type="button"
        className="sources__button"
        aria-pressed={mode === 'draw'}
        data-mode="draw"
        onClick={() => onMode('draw')}
      >
        <SymbolImage symbolId="1f58d" alt="" size={48} />
        <span>{t('pictures.draw')}</span>
      </button>
      {/* Hidden but not display:none, so every browser lets the buttons above open them. */}
      <input
        ref={cameraRef}
        className="visually-hidden"
        type="file"
        accept="image/*"
        capture="environment"
        tabIndex={-1}
        aria-hidden="true"
        data-source="camera"
        onChange={(event) => handleChange(event, 'camera')}
      />
      <input
        ref={uploadRef}
        className="visually-hidden"
        type="file"
        accept={PHOTO_TYPES}
        tabIndex={-1}
        aria-hidden="true"
        data-source="upload"
        onChange={(event) => handleChange(event, 'upload')}
      />
    </div>
  );
}
