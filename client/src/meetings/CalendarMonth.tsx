import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { CalendarMonth_MeetingFragment } from '../gql/graphql';
import {
  addMonths,
  formatCalendarDay,
  formatClock,
  formatMonth,
  monthGrid,
  monthOf,
  parisDay,
  parisToday,
  WEEKDAYS,
} from '../ui/paris-time';
import { periodsOn } from './avoid-periods';
import { MEETING_STATUS_LABELS } from './meeting-labels';

const SHORT_DATE = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const formatShortDate = (day: string) => SHORT_DATE.format(new Date(`${day}T00:00:00Z`));

export const CalendarMonthFragment = graphql(`
  fragment CalendarMonth_meeting on Meeting {
    id
    title
    status
    startsAt
    endsAt
    networks {
      id
      name
    }
  }
`);

interface Props {
  /** 'yyyy-MM'. */
  month: string;
  meetings: Array<FragmentType<typeof CalendarMonthFragment>>;
  /** Days without meetings by the coordination's choice (holidays…), shaded. */
  avoidPeriods: ReadonlyArray<AvoidPeriod>;
  onMonthChange: (month: string) => void;
  busy?: boolean;
}

/**
 * A month as a table, Monday first: each meeting a link in its day's cell. The buttons move a month
 * at a time; the month's name is a live heading, so the change is read out.
 */
interface AvoidPeriod {
  id: string;
  label: string;
  startsOn: string;
  endsOn: string;
}

export function CalendarMonth({ month, meetings: meetingRefs, avoidPeriods, onMonthChange, busy }: Props) {
  const meetings = meetingRefs.map((ref) => getFragmentData(CalendarMonthFragment, ref));
  const byDay = new Map<string, CalendarMonth_MeetingFragment[]>();
  for (const meeting of meetings) {
    const day = parisDay(meeting.startsAt);
    byDay.set(day, [...(byDay.get(day) ?? []), meeting]);
  }
  const today = parisToday();
  const label = formatMonth(month);

  return (
    <section className="calendar-month" aria-labelledby="calendar-month-title" aria-busy={busy}>
      <div className="calendar-month__nav">
        <button type="button" className="button" onClick={() => onMonthChange(addMonths(month, -1))}>
          <span aria-hidden="true">← </span>Mois précédent
        </button>
        <h2 id="calendar-month-title" className="calendar-month__title" aria-live="polite">
          {label}
        </h2>
        <button type="button" className="button" onClick={() => onMonthChange(addMonths(month, 1))}>
          Mois suivant<span aria-hidden="true"> →</span>
        </button>
        {month !== monthOf(today) && (
          <button type="button" className="button button--link" onClick={() => onMonthChange(monthOf(today))}>
            Revenir à ce mois-ci
          </button>
        )}
      </div>
      {avoidPeriods.length > 0 && (
        <p className="calendar-month__periods">
          <span className="calendar-month__swatch" aria-hidden="true" /> Périodes à éviter :{' '}
          {avoidPeriods
            .map((period) => `${period.label} (${formatShortDate(period.startsOn)} – ${formatShortDate(period.endsOn)})`)
            .join(', ')}
        </p>
      )}
      <p className="calendar-month__count">
        {meetings.length === 0
          ? 'Aucune réunion ces semaines-là.'
          : `${meetings.length} réunion${meetings.length > 1 ? 's' : ''} affichée${meetings.length > 1 ? 's' : ''}.`}
      </p>
      <div className="table-scroll" role="region" aria-label={`Calendrier de ${label}`} tabIndex={0}>
        <table className="calendar-month__grid">
          <caption className="visually-hidden">Réunions de {label}, une semaine par ligne, du lundi au dimanche</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((weekday) => (
                <th key={weekday} scope="col">
                  <span aria-hidden="true">{weekday.slice(0, 3)}.</span>
                  <span className="visually-hidden">{weekday}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthGrid(month).map((week) => (
              <tr key={week[0]}>
                {week.map((day) => (
                  <DayCell
                    key={day}
                    day={day}
                    inMonth={monthOf(day) === month}
                    isToday={day === today}
                    meetings={byDay.get(day) ?? []}
                    avoided={periodsOn(avoidPeriods, day)}
                  />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

interface DayCellProps {
  day: string;
  avoided: AvoidPeriod[];
  inMonth: boolean;
  isToday: boolean;
  meetings: CalendarMonth_MeetingFragment[];
}

function DayCell({ day, inMonth, isToday, meetings, avoided }: DayCellProps) {
  const classes = [
    'calendar-month__day',
    inMonth ? '' : 'is-outside',
    isToday ? 'is-today' : '',
    avoided.length ? 'is-avoided' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td className={classes} aria-current={isToday ? 'date' : undefined}>
      <span className="calendar-month__date" aria-hidden="true">
        {Number(day.slice(8))}
      </span>
      <span className="visually-hidden">
        {formatCalendarDay(day)}
        {avoided.length > 0 && ` (période à éviter : ${avoided.map((period) => period.label).join(', ')})`}
      </span>
      {meetings.length > 0 && (
        <ul className="calendar-month__meetings">
          {meetings.map((meeting) => (
            <li key={meeting.id} className={`calendar-meeting calendar-meeting--${meeting.status.toLowerCase()}`}>
              <Link to={`/reunions/${meeting.id}`}>
                <span className="calendar-meeting__time">{formatClock(meeting.startsAt)}</span> {meeting.title}
                {meeting.status !== 'SCHEDULED' && (
                  <span className="calendar-meeting__status"> ({MEETING_STATUS_LABELS[meeting.status].toLowerCase()})</span>
                )}
              </Link>
              {meeting.networks.length > 1 && (
                <span className="calendar-meeting__networks">{meeting.networks.map((network) => network.name).join(' · ')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
