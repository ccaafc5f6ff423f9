// The "Home" link at the start of a person's screens: back to that person's home.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import { LinkButton } from '../ui/Button';

/** A quiet "Home" link to the home screen of person `personId`. */
export function HomeLink({ personId }: { personId: string }) {
  const { t } = useTranslation();
  return (
    <LinkButton href={hrefOf({ name: 'home', personId })} symbolId="1f3e0" variant="quiet">
      {t('nav.home')}
    </LinkButton>
  );
}
