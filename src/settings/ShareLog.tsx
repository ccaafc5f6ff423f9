// The list of shares in Settings: what left the tablet, how, with whom, when, and when the person
// said yes — in pictures, newest first.
import { useTranslation } from 'react-i18next';
import type { ShareKind } from '../domain/types';
import { PersonPicture } from '../people';
import { PictureView } from '../pictures';
import { SymbolImage } from '../ui/SymbolImage';
import { useShareLog, type ShareLogEntry } from './useShareLog';
import './shareLog.css';

const KIND_PICTURES: Record<ShareKind, string> = {
  print: '1f5a8',
  file: '1f4be',
  send: '2709',
  backup: '1f4e6',
};

function ShareLine({ entry }: { entry: ShareLogEntry }) {
  const { t, i18n } = useTranslation();
  const { share, person } = entry;
  const when = (at: number) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
  return (
    <li className="share-log__item">
      <p className="share-log__what">
        <SymbolImage symbolId={KIND_PICTURES[share.kind]} alt="" size={48} />
        <span className="share-log__kind">{t(`shareLog.kinds.${share.kind}`)}</span>
        <span className="share-log__date">{when(share.at)}</span>
      </p>
      {person ? (
        <p className="share-log__line">
          <PersonPicture person={person} alt="" size={40} />
          <span>{t('shareLog.whose', { name: person.name })}</span>
        </p>
      ) : null}
      <p className="share-log__line">
        <SymbolImage symbolId="1f465" alt="" size={32} />
        <span>
          {entry.with.length === 0
            ? t('shareLog.withNobody')
            : t('shareLog.with', { names: entry.with.map((s) => s.name).join(', ') })}
        </span>
        {entry.with.map((supporter) => (
          <PictureView key={supporter.id} picture={supporter.picture} alt="" size={40} />
        ))}
      </p>
      <div className="share-log__line">
        <SymbolImage symbolId="1f5c2" alt="" size={32} />
        <span>{t('shareLog.cards', { count: share.cardIds.length })}</span>
        {entry.cards.length > 0 ? (
          <ul className="share-log__cards" aria-label={t('shareLog.cardPictures')}>
            {entry.cards.map((card) => (
              <li key={card.id}>
                <PictureView picture={card.picture} alt={card.words} size={40} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {share.isLocked ? (
        <p className="share-log__line">
          <SymbolImage symbolId="1f512" alt="" size={32} />
          <span>{t('shareLog.locked')}</span>
        </p>
      ) : null}
      <p className="share-log__line">
        <SymbolImage symbolId="1f44d" alt="" size={32} />
        <span>{t('shareLog.agreed', { when: when(share.agreedAt) })}</span>
      </p>
    </li>
  );
}

/** Every share made on this tablet, newest first. */
export function ShareLog() {
  const { t } = useTranslation();
  const entries = useShareLog();
  if (!entries) return null;
  if (entries.length === 0) return <p className="lead">{t('shareLog.none')}</p>;
  return (
    <ul className="share-log" aria-label={t('shareLog.title')}>
      {entries.map((entry) => (
        <ShareLine key={entry.share.id} entry={entry} />
      ))}
    </ul>
  );
}
