// The 9 big pictures a code is made of, and above them the 3 places filled as they are tapped:
// dots on the lock screen (someone may be watching), the pictures themselves while choosing.
import { useTranslation } from 'react-i18next';
import { CODE_LENGTH, CODE_PICTURES, type CodePictureId } from '../../domain/pictureCode';
import { SymbolImage } from '../../ui/SymbolImage';

const SYMBOLS = new Map<string, string>(CODE_PICTURES.map((p) => [p.id, p.symbolId]));

interface CodePadProps {
  entered: readonly CodePictureId[];
  onTap: (id: CodePictureId) => void;
  /** Taps do nothing (a check is going on, or the person must wait). */
  isDisabled: boolean;
  /** Show the tapped pictures, not dots. */
  isShowingPictures: boolean;
}

function Progress({ entered, isShowingPictures }: Omit<CodePadProps, 'onTap' | 'isDisabled'>) {
  const { t } = useTranslation();
  const places = Array.from({ length: CODE_LENGTH }, (_, i) => entered[i]);
  return (
    <div className="code-progress">
      <ol
        className="code-progress__places"
        aria-label={isShowingPictures ? t('lock.code.chosen') : undefined}
        aria-hidden={isShowingPictures ? undefined : true}
      >
        {places.map((id, i) => (
          <li key={i} className={`code-progress__place${id ? ' code-progress__place--full' : ''}`}>
            {id && isShowingPictures ? (
              <SymbolImage
                symbolId={SYMBOLS.get(id) ?? ''}
                alt={t(`lock.pictures.${id}`)}
                size={48}
              />
            ) : null}
          </li>
        ))}
      </ol>
      <p className="code-progress__words" role="status">
        {t('lock.tapped', { tapped: entered.length })}
      </p>
    </div>
  );
}

/** The code's pictures as big buttons, with the places they fill. */
export function CodePad({ entered, onTap, isDisabled, isShowingPictures }: CodePadProps) {
  const { t } = useTranslation();
  return (
    <div className="code-pad">
      <Progress entered={entered} isShowingPictures={isShowingPictures} />
      <ul className="code-pad__pictures" aria-label={t('lock.pad')}>
        {CODE_PICTURES.map(({ id, symbolId }) => (
          <li key={id}>
            <button
              type="button"
              className="code-pad__picture"
              aria-disabled={isDisabled || undefined}
              onClick={() => (isDisabled ? undefined : onTap(id))}
            >
              <SymbolImage symbolId={symbolId} alt="" size={80} />
              <span className="code-pad__name">{t(`lock.pictures.${id}`)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
