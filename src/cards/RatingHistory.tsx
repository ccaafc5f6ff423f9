// The answers given so far to "How is it going": the newest one big, earlier ones as a row of
// small faces, each with its name and date.
import { useTranslation } from 'react-i18next';
import type { Rating } from '../domain/types';
import { SymbolImage } from '../ui/SymbolImage';
import { faceOf } from './faces';

/** How many earlier answers are shown (the progress screen shows them all). */
const EARLIER_SHOWN = 8;

/** The newest answer and a few before it, newest first. */
export function RatingHistory({ ratings }: { ratings: readonly Rating[] }) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const newestFirst = [...ratings].reverse();
  const [latest, ...earlier] = newestFirst;
  if (!latest) return <p className="card-section__empty">{t('cardScreen.rating.none')}</p>;
  const latestFace = faceOf(latest.value);
  return (
    <div className="ratings">
      <p className="ratings__latest">
        <span className="ratings__label">{t('cardScreen.rating.latest')}</span>{' '}
        <SymbolImage symbolId={latestFace.symbolId} alt="" size={72} />
        <span className="ratings__name">{t(latestFace.nameKey)}</span>{' '}
        <span className="ratings__date">{dateFormat.format(latest.at)}</span>
      </p>
      {earlier.length > 0 ? (
        <>
          <h3 className="ratings__label">{t('cardScreen.rating.earlier')}</h3>
          <ol className="ratings__earlier">
            {earlier.slice(0, EARLIER_SHOWN).map((rating) => {
              const face = faceOf(rating.value);
              return (
                <li key={rating.at} className="ratings__item">
                  <SymbolImage symbolId={face.symbolId} alt={t(face.nameKey)} size={40} />{' '}
                  <span className="ratings__date">{dateFormat.format(rating.at)}</span>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </div>
  );
}
