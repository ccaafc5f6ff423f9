// What removing a person takes from the tablet, in pictures and plain words with numbers:
// "1 plan", "12 cards", "3 photos and drawings"… Kinds with nothing in them are left out.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PersonDataCount } from '../storage';
import { SymbolImage } from '../ui/SymbolImage';

const KINDS: { kind: keyof PersonDataCount; symbolId: string }[] = [
  { kind: 'plans', symbolId: '1f4cb' },
  { kind: 'cards', symbolId: '1f5c2' },
  { kind: 'pictures', symbolId: '1f5bc' },
  { kind: 'recordings', symbolId: '1f3a4' },
  { kind: 'meetings', symbolId: '1f91d' },
  { kind: 'supporters', symbolId: '1f465' },
  { kind: 'shares', symbolId: '1f4e4' },
];

function shown(counts: PersonDataCount) {
  return KINDS.filter(({ kind }) => counts[kind] > 0);
}

/** The list's lines as words, to read aloud. */
export function removalWords(counts: PersonDataCount, name: string, t: TFunction): string[] {
  const lines = shown(counts).map(({ kind }) =>
    t(`removePerson.counts.${kind}`, { count: counts[kind] }),
  );
  return lines.length > 0 ? lines : [t('removePerson.nothing', { name })];
}

/** The list of what will go, one line with a picture for each kind of thing. */
export function RemovalList({ counts, name }: { counts: PersonDataCount; name: string }) {
  const { t } = useTranslation();
  const kinds = shown(counts);
  if (kinds.length === 0) return <p className="lead">{t('removePerson.nothing', { name })}</p>;
  return (
    <ul className="removal-list" aria-label={t('removePerson.list')}>
      {kinds.map(({ kind, symbolId }) => (
        <li key={kind} className="removal-list__item">
          <SymbolImage symbolId={symbolId} alt="" size={40} />
          <span>{t(`removePerson.counts.${kind}`, { count: counts[kind] })}</span>
        </li>
      ))}
    </ul>
  );
}
