// "Who is using My Plan?": a big tile for each person on this tablet, and one to add a person.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { LinkButton } from '../ui/Button';
import { ScreenLayout } from '../ui/ScreenLayout';
import { SymbolImage } from '../ui/SymbolImage';
import { PersonPicture } from './PersonPicture';
import { usePeople } from './usePeople';

/** The first screen: choose who you are, or add a new person. */
export function PeopleScreen() {
  const { t } = useTranslation();
  const people = usePeople();
  return (
    <ScreenLayout
      title={t('people.title')}
      titlePicture={<SymbolImage symbolId="1f465" alt="" size={40} />}
      navLabel={t('nav.label')}
      end={
        <>
          <LinkButton href={hrefOf({ name: 'settings' })} symbolId="2699" variant="quiet">
            {t('settings.title')}
          </LinkButton>
          <LinkButton href={hrefOf({ name: 'about' })} symbolId="2139" variant="quiet">
            {t('about.title')}
          </LinkButton>
        </>
      }
    >
      {people && people.length === 0 ? <p className="lead">{t('people.empty')}</p> : null}
      <ul className="tiles" aria-label={t('people.list')}>
        {(people ?? []).map((person) => (
          <li key={person.id}>
            <a className="tile" href={hrefOf({ name: 'home', personId: person.id })}>
              <PersonPicture person={person} alt="" size={112} />
              <span className="tile__name">{person.name}</span>
              {/* A padlock: this person opens their plans with a picture code. */}
              {person.lock?.codeHash ? <SymbolImage symbolId="1f512" alt="" size={32} /> : null}
            </a>
          </li>
        ))}
        <li>
          <a className="tile tile--add" href={hrefOf({ name: 'add-person' })}>
            <SymbolImage symbolId="2795" alt="" size={112} />
            <span className="tile__name">{t('people.add')}</span>
          </a>
        </li>
      </ul>
      <p className="people-restore">
        <LinkButton href={hrefOf({ name: 'restore' })} symbolId="1f4e5" variant="quiet">
          {t('restore.title')}
        </LinkButton>
      </p>
    </ScreenLayout>
  );
}
