// The chart of "how is it going" over time: an inline SVG with faces up the side instead of
// numbers, the answers as a solid line and the wish as a dashed one; a key in pictures, and the
// same in words as a list a screen reader reads ("12 March 2025: Good, want: Very good").
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rating } from '../domain/types';
import { symbolUrl } from '../ui/SymbolImage';
import { CHART_SIZE, ratingChart } from './ratingChart';
import { faceStep } from './scales';
import { useDateWords } from './useDateWords';

/** The chart of `ratings` (oldest first; at least one). */
export function RatingChartView({ ratings }: { ratings: readonly Rating[] }) {
  const { t, i18n } = useTranslation();
  const dateWords = useDateWords();
  const titleId = useId();
  const wordsId = useId();
  const chart = ratingChart(ratings, CHART_SIZE, i18n.dir() === 'rtl');
  const faceName = (value: Rating['value']) => t(faceStep(value).nameKey);
  const first = ratings[0];
  const last = ratings[ratings.length - 1];
  return (
    <figure className="progress-chart">
      <svg
        className="progress-chart__picture"
        viewBox={`0 0 ${CHART_SIZE.width} ${CHART_SIZE.height}`}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={wordsId}
      >
        <title id={titleId}>{t('progress.chart.name')}</title>
        {chart.levels.map((level) => (
          <g key={level.value}>
            <line
              className="progress-chart__level"
              x1={chart.levelFrom}
              x2={chart.levelTo}
              y1={level.y}
              y2={level.y}
            />
            <image
              href={symbolUrl(faceStep(level.value).symbolId)}
              x={chart.axisX - 28}
              y={level.y - 28}
              width={56}
              height={56}
            />
          </g>
        ))}
        {chart.wishLines.map((path) => (
          <path key={path} className="progress-chart__wish" d={path} />
        ))}
        <path className="progress-chart__line" d={chart.line} />
        {chart.points.map((point, index) => (
          <circle
            key={`${point.at}-${index}`}
            className="progress-chart__point"
            cx={point.x}
            cy={point.y}
            r={9}
          />
        ))}
      </svg>
      {first && last ? (
        <div
          className={`progress-chart__dates${ratings.length > 1 ? '' : ' progress-chart__dates--one'}`}
          aria-hidden="true"
        >
          <span>{dateWords(first.at)}</span>
          {ratings.length > 1 ? <span>{dateWords(last.at)}</span> : null}
        </div>
      ) : null}
      <figcaption className="progress-chart__key">
        <span className="progress-chart__key-item">
          <svg className="progress-chart__sample" viewBox="0 0 48 16" aria-hidden="true">
            <path className="progress-chart__line" d="M2 8H46" />
          </svg>
          {t('progress.chart.now')}
        </span>
        <span className="progress-chart__key-item">
          <svg className="progress-chart__sample" viewBox="0 0 48 16" aria-hidden="true">
            <path className="progress-chart__wish" d="M2 8H46" />
          </svg>
          {t('progress.chart.wish')}
        </span>
      </figcaption>
      <div className="visually-hidden" id={wordsId}>
        <h3>{t('progress.chart.inWords')}</h3>
        <ol aria-label={t('progress.chart.inWords')}>
          {ratings.map((rating, index) => (
            <li key={`${rating.at}-${index}`}>
              {rating.wish
                ? t('progress.chart.itemWish', {
                    date: dateWords(rating.at),
                    face: faceName(rating.value),
                    wish: faceName(rating.wish),
                  })
                : t('progress.chart.item', {
                    date: dateWords(rating.at),
                    face: faceName(rating.value),
                  })}
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
