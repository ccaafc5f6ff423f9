// "People on this tablet" in Settings: each person's picture and name, when their last copy of
// everything was saved, and the way to remove them (a question comes first, and an undo after).
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { PersonPicture } from '../people';
import { LinkButton } from '../ui/Button';
import { timeAgoWords } from './timeAgo';
import { useLastBackups, usePeopleOnTablet } from './usePersonData';
import { useNow } from './useRemoval';
import './settingsData.css';

/** The people on this tablet, each with a "Remove" button. */
export function PeopleOnTablet() {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const people = usePeopleOnTablet();
  const copies = useLastBackups();
  if (!people) return null;
  if (people.length === 0) return <p className="lead">{t('people.empty')}</p>;
  return (
    <ul className="people-on-tablet" aria-label={t('settings.people')}>
      {people.map((person) => {
        const copiedAt = copies?.[person.id];
        return (
          <li key={person.id} className="people-on-tablet__person">
            <PersonPicture person={person} alt="" size={64} />
            <span className="people-on-tablet__name">{person.name}</span>
            <span className="people-on-tablet__copy">
              {copiedAt
                ? t('settings.personLastCopy', {
                    when: timeAgoWords(copiedAt, now, i18n.language),
                  })
                : t('settings.personNoCopy')}
            </span>
            <LinkButton
              href={hrefOf({ name: 'remove-person', personId: person.id })}
              symbolId="1f5d1"
            >
              {t('removePerson.remove', { name: person.name })}
            </LinkButton>
          </li>
        );
      })}
    </ul>
  );
}
