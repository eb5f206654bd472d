import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatClock } from '../../ui/paris-time';
import { personName } from '../person-name';
import { AGENDA_KIND_LABELS, formatMinutes, outcomeLabel } from './agenda-labels';

export const PrintedAgendaFragment = graphql(`
  fragment PrintedAgenda_meeting on Meeting {
    id
    agenda {
      id
      title
      kind
      description
      durationMinutes
      outcome
      opinion
      presenter {
        id
        firstName
        lastName
      }
      organization {
        id
        name
      }
    }
    agendaBudget {
      slots {
        item {
          id
        }
        startsAt
      }
    }
  }
`);

interface Props {
  meeting: FragmentType<typeof PrintedAgendaFragment>;
  /** The minutes print each item's outcome; the agenda does not. */
  withOutcomes?: boolean;
}

/** The items in order, each with its computed start, kind, presenter and structure (and outcome). */
export function PrintedAgenda({ meeting: meetingRef, withOutcomes = false }: Props) {
  const meeting = getFragmentData(PrintedAgendaFragment, meetingRef);
  if (meeting.agenda.length === 0) return <p className="empty-state">L’ordre du jour n’est pas encore publié.</p>;
  const starts = new Map(meeting.agendaBudget?.slots.map((slot) => [slot.item.id, slot.startsAt]));
  return (
    <ol className="printed-agenda">
      {meeting.agenda.map((item, index) => {
        const start = starts.get(item.id);
        return (
          <li key={item.id} className="printed-agenda__item">
            <p className="printed-agenda__time">{start ? formatClock(start) : ''}</p>
            <div>
              <h3 className="printed-agenda__title">
                {index + 1}. {item.title}
              </h3>
              <p className="printed-agenda__meta">
                {AGENDA_KIND_LABELS[item.kind]} · {formatMinutes(item.durationMinutes)}
                {item.presenter && <> · présenté par {personName(item.presenter)}</>}
                {item.organization && <> · structure concernée : {item.organization.name}</>}
              </p>
              {item.description && <p className="printed-agenda__description">{item.description}</p>}
              {withOutcomes && (
                <p className="printed-agenda__outcome">
                  {item.outcome ? (
                    <>
                      <strong>{outcomeLabel(item)} :</strong> {item.outcome}
                    </>
                  ) : (
                    <em>Suites non renseignées.</em>
                  )}
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
