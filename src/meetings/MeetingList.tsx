// A person's meetings on their home, newest first: a tile per meeting with its day in words and
// who took part; a finished meeting opens its summary, one still going opens the meeting again.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../app/routes';
import type { Meeting, Person, Supporter } from '../domain/types';
import { PersonPicture } from '../people';
import { PictureView } from '../pictures';
import { SymbolImage } from '../ui/SymbolImage';
import { dateInWords } from './summaryFacts';
import { useMeetingTiles } from './useMeetingSummary';
import './summary.css';

/** How many people's pictures a tile shows (the names are on the summary). */
const PEOPLE_SHOWN = 4;

interface MeetingTileProps {
  meeting: Meeting;
  person: Person;
  supporters: ReadonlyMap<string, Supporter>;
}

function MeetingTile({ meeting, person, supporters }: MeetingTileProps) {
  const { t, i18n } = useTranslation();
  const isEnded = meeting.endedAt !== undefined;
  const route = isEnded
    ? ({ name: 'meeting-summary', personId: person.id, meetingId: meeting.id } as const)
    : ({ name: 'meeting', personId: person.id, meetingId: meeting.id } as const);
  const others = meeting.participantIds.flatMap((id) => supporters.get(id) ?? []);
  return (
    <a className="tile meeting-tile" href={hrefOf(route)}>
      <span className="meeting-tile__people" aria-hidden="true">
        <PersonPicture person={person} alt="" size={56} />
        {others.slice(0, PEOPLE_SHOWN - 1).map((supporter) => (
          <PictureView key={supporter.id} picture={supporter.picture} alt="" size={56} />
        ))}
      </span>
      <span className="tile__name">
        {t('meetingEnd.list.tile', { date: dateInWords(meeting.date, i18n.language) })}
      </span>
      <span className="meeting-tile__state">
        <SymbolImage symbolId={isEnded ? '2705' : '23f3'} alt="" size={32} />
        {t(isEnded ? 'meetingEnd.list.ended' : 'meetingEnd.list.going')}
      </span>
    </a>
  );
}

/** The meetings of `personId` as tiles; nothing at all when there are none. */
export function MeetingList({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const tiles = useMeetingTiles(personId);
  if (!tiles || tiles.meetings.length === 0) return null;
  return (
    <ul className="tiles meeting-tiles" aria-label={t('meetingEnd.list.label')}>
      {tiles.meetings.map((meeting) => (
        <li key={meeting.id}>
          <MeetingTile meeting={meeting} person={tiles.person} supporters={tiles.supporters} />
        </li>
      ))}
    </ul>
  );
}
