// Under "My picture code": every time a helper removed the person's code, when and who. Kept
// for good, so a removal is never silent, even after the person tapped OK on the message.
import { useTranslation } from 'react-i18next';
import type { LockReset } from '../../domain/types';
import { SymbolImage } from '../../ui/SymbolImage';
import { useDateWords } from './useDateWords';

/** The list of helpers' removals, newest first; nothing when there are none. */
export function ResetList({ resets }: { resets: readonly LockReset[] }) {
  const { t } = useTranslation();
  const dateOf = useDateWords();
  if (resets.length === 0) return null;
  return (
    <section aria-labelledby="lock-resets">
      <h2 className="section-title" id="lock-resets">
        <SymbolImage symbolId="1f9f0" alt="" size={36} />
        {t('lock.code.resets')}
      </h2>
      <ul className="lock-resets">
        {[...resets].reverse().map((reset) => (
          <li key={reset.at}>
            {t('lock.code.resetItem', { date: dateOf(reset.at), name: reset.by })}
          </li>
        ))}
      </ul>
    </section>
  );
}
