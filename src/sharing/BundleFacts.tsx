// Who a file is from, when it was made, and how much it holds, in pictures and short words.
import { useTranslation } from 'react-i18next';
import { ReadAloudButton } from '../a11y';
import type { PlanBundle } from '../domain/bundle';
import { SymbolImage } from '../ui/SymbolImage';
import { SharePicture } from './SharePicture';

interface BundleFactsProps {
  bundle: PlanBundle;
  urls: ReadonlyMap<string, string>;
}

/** The person, the date and the counts of a file. */
export function BundleFacts({ bundle, urls }: BundleFactsProps) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(
    bundle.createdAt,
  );
  const counts = [
    { symbolId: '1f4cb', text: t('openFile.plans', { count: bundle.plans.length }) },
    { symbolId: '1f5c2', text: t('openFile.cards', { count: bundle.cards.length }) },
    { symbolId: '1f91d', text: t('openFile.meetings', { count: bundle.meetings.length }) },
    { symbolId: '1f5bc', text: t('openFile.pictures', { count: bundle.pictures.length }) },
    { symbolId: '1f3a4', text: t('openFile.recordings', { count: bundle.recordings.length }) },
  ];
  const who = t('openFile.from', { name: bundle.person.name });
  const when = t('openFile.madeOn', { date });
  return (
    <div className="bundle-facts">
      <SharePicture picture={bundle.person.picture} size={96} urls={urls} />
      <div className="bundle-facts__text">
        <p className="bundle-facts__who">{who}</p>
        <p className="bundle-facts__when">
          <SymbolImage symbolId="1f4c5" alt="" size={32} />
          {when}
        </p>
        <ul className="bundle-facts__counts" aria-label={t('openFile.holds')}>
          {counts.map((count) => (
            <li key={count.symbolId}>
              <SymbolImage symbolId={count.symbolId} alt="" size={32} />
              {count.text}
            </li>
          ))}
        </ul>
        <ReadAloudButton
          text={[who, when, ...counts.map((count) => count.text)].join('. ')}
          label={t('share.listenTo', { words: who })}
        />
      </div>
    </div>
  );
}
