// What happened to a goal as a picture timeline, oldest first like a story read from the top:
// put in a lane, moved to another lane, how it was going (and where I want it to be), each dated.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Lane, ScaleStep } from '../domain/types';
import { laneTitle } from '../plans';
import { SymbolImage } from '../ui/SymbolImage';
import { FaceMark } from './FaceMark';
import type { GoalEvent } from './goalEvents';
import { faceStep } from './scales';
import { useDateWords } from './useDateWords';
import { WishLadder } from './WishLadder';

interface GoalTimelineProps {
  events: readonly GoalEvent[];
  lanes: ReadonlyMap<string, Lane>;
  /** The id of the heading that names the timeline. */
  labelledBy: string;
}

/** The events of one goal as a list of pictures and short words. */
export function GoalTimeline({ events, lanes, labelledBy }: GoalTimelineProps) {
  const dateWords = useDateWords();
  return (
    <ol className="progress-timeline" aria-labelledby={labelledBy}>
      {events.map((event, index) => (
        <li
          key={`${event.kind}-${event.at}-${index}`}
          className={`progress-event progress-event--${event.kind}`}
        >
          <EventBody event={event} lanes={lanes} />{' '}
          <span className="progress-event__date">{dateWords(event.at)}</span>
        </li>
      ))}
    </ol>
  );
}

function laneName(lanes: ReadonlyMap<string, Lane>, laneId: string, t: TFunction): string {
  const lane = lanes.get(laneId);
  return (lane && laneTitle(lane, t)) || t('progress.unknownLane');
}

function LanePicture({ lane, size }: { lane: Lane | undefined; size: number }) {
  return <SymbolImage symbolId={lane?.symbolId ?? '2753'} alt="" size={size} />;
}

function EventBody({ event, lanes }: { event: GoalEvent; lanes: ReadonlyMap<string, Lane> }) {
  const { t } = useTranslation();
  switch (event.kind) {
    case 'added':
      return (
        <>
          <span className="progress-event__pictures">
            <LanePicture lane={lanes.get(event.laneId)} size={64} />
          </span>
          <span className="progress-event__words">
            {t('progress.event.added', { lane: laneName(lanes, event.laneId, t) })}
          </span>
        </>
      );
    case 'moved':
      return (
        <>
          <span className="progress-event__pictures">
            <LanePicture lane={lanes.get(event.fromLaneId)} size={44} />
            <SymbolImage symbolId="27a1" alt="" size={32} />
            <LanePicture lane={lanes.get(event.toLaneId)} size={64} />
          </span>
          <span className="progress-event__words">
            {t('progress.event.moved', {
              from: laneName(lanes, event.fromLaneId, t),
              to: laneName(lanes, event.toLaneId, t),
            })}
          </span>
        </>
      );
    case 'rated':
      return <RatedBody value={event.value} wish={event.wish} inMeeting={!!event.meetingId} />;
  }
}

function RatedBody(props: { value: ScaleStep; wish?: ScaleStep; inMeeting: boolean }) {
  const { t } = useTranslation();
  const { value, wish, inMeeting } = props;
  return (
    <>
      <span className="progress-event__pictures">
        <FaceMark value={value} size={64} alt="" />
        {wish ? <WishLadder wish={wish} /> : null}
      </span>
      <span className="progress-event__words">
        <span>{t('progress.event.rated', { face: t(faceStep(value).nameKey) })}</span>{' '}
        {wish ? <span>{t('progress.event.wish', { face: t(faceStep(wish).nameKey) })}</span> : null}
        {inMeeting ? (
          <span className="progress-event__meeting">
            <SymbolImage symbolId="1f91d" alt="" size={28} />
            {t('progress.event.inMeeting')}
          </span>
        ) : null}
      </span>
    </>
  );
}
