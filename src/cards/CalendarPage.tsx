// A day drawn as a page of a wall calendar: the month on top, the day's number big, the weekday
// below, all in the person's language; and in words how far away it is ("In 3 days").
import { useTranslation } from 'react-i18next';
import { dateOfKey, dayKeyOf, daysBetween } from '../domain/calendarDay';

/** The words for how far `day` is from today: "Today", "Tomorrow", "In 3 days", "2 days ago". */
export function useDistanceWords(day: string): string {
  const { t } = useTranslation();
  const days = daysBetween(dayKeyOf(new Date()), day);
  if (days === null) return '';
  if (days === 0) return t('cardScreen.when.today');
  if (days === 1) return t('cardScreen.when.tomorrow');
  if (days === -1) return t('cardScreen.when.yesterday');
  return days > 0
    ? t('cardScreen.when.inDays', { count: days })
    : t('cardScreen.when.daysAgo', { count: -days });
}

/** The calendar page for `day` (`YYYY-MM-DD`); nothing for a day that does not exist. */
export function CalendarPage({ day }: { day: string }) {
  const { i18n } = useTranslation();
  const distance = useDistanceWords(day);
  const date = dateOfKey(day);
  if (!date) return null;
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(i18n.language, options).format(date);
  return (
    <div className="calendar">
      <p className="calendar__page">
        <span className="calendar__month">
          {format({ month: 'long' })} {format({ year: 'numeric' })}
        </span>{' '}
        <span className="calendar__day">{format({ day: 'numeric' })}</span>{' '}
        <span className="calendar__weekday">{format({ weekday: 'long' })}</span>
      </p>
      <p className="calendar__distance">{distance}</p>
    </div>
  );
}
