// "Who will get it?": the person's helpers as picture tiles with a tick each.
import { useTranslation } from 'react-i18next';
import type { Supporter } from '../domain/types';
import { SharePicture } from './SharePicture';

interface ShareWithChoiceProps {
  supporters: readonly Supporter[];
  chosenIds: readonly string[];
  onChoose: (supporterId: string, isOn: boolean) => void;
}

/** Helper tiles with ticks; a plain sentence when the person has no helpers yet. */
export function ShareWithChoice({ supporters, chosenIds, onChoose }: ShareWithChoiceProps) {
  const { t } = useTranslation();
  if (supporters.length === 0) return <p className="lead">{t('share.noHelpers')}</p>;
  return (
    <ul className="share-with" aria-label={t('share.whoTitle')}>
      {supporters.map((supporter) => (
        <li key={supporter.id}>
          <label className="share-with__tile">
            <input
              type="checkbox"
              className="share-with__tick"
              checked={chosenIds.includes(supporter.id)}
              onChange={(event) => onChoose(supporter.id, event.target.checked)}
            />
            <SharePicture picture={supporter.picture} size={72} />
            <span className="share-with__name">{supporter.name}</span>
          </label>
        </li>
      ))}
    </ul>
  );
}
