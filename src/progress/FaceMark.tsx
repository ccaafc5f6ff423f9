// One face of the 5-step scale as a picture on its own colour, so an answer reads at a glance;
// the face's name is its alternative text (colour is never the only sign).
import { useTranslation } from 'react-i18next';
import type { ScaleStep } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { faceStep } from './scales';

interface FaceMarkProps {
  value: ScaleStep;
  size: number;
  /** The alternative text; the face's name when not given, empty to leave it to nearby words. */
  alt?: string;
}

/** A face picture on a round coloured background. */
export function FaceMark({ value, size, alt }: FaceMarkProps) {
  const { t } = useTranslation();
  const face = faceStep(value);
  return (
    <span className={`progress-face progress-face--${value}`}>
      <SymbolImage symbolId={face.symbolId} alt={alt ?? t(face.nameKey)} size={size} />
    </span>
  );
}
