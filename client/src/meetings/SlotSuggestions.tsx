import { useId, useState } from 'react';
import { useLazyQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { errorMessage } from '../app/error-message';
import { addDays, parisInstant, parisToday } from '../ui/paris-time';
import { formatSlot } from '../ui/paris-time';
import { ErrorPanel } from '../ui/QueryStatus';
import { personName } from './person-name';

/** Asked on demand (a form's helper, like the conflicts check): the API's least busy working-hours slots. */
const SlotSuggestionsQuery = graphql(`
  query SlotSuggestions(
    $networkSlugs: [String!]!
    $from: DateTime!
    $to: DateTime!
    $durationMinutes: Int!
    $first: Int!
    $avoidSchoolHolidays: Boolean!
  ) {
    suggestedSlots(
      networkSlugs: $networkSlugs
      from: $from
      to: $to
      durationMinutes: $durationMinutes
      first: $first
      avoidSchoolHolidays: $avoidSchoolHolidays
    ) {
      startsAt
      endsAt
      busyCount
      busy {
        person {
          id
          firstName
          lastName
        }
      }
    }
  }
`);

/** How far ahead suggestions look: the API allows three months; four weeks keeps them near. */
const WEEKS_AHEAD = 4;

interface Props {
  networkSlugs: string[];
  durationMinutes: number;
  /** How many to offer. */
  count: number;
  onPick: (slot: { startsAt: string; endsAt: string }) => void;
  pickLabel: string;
}

/** « Proposer des créneaux »: slots where the fewest invitees are busy, each one a click away from the form. */
export function SlotSuggestions({ networkSlugs, durationMinutes, count, onPick, pickLabel }: Props) {
  const id = useId();
  const [avoidSchoolHolidays, setAvoidSchoolHolidays] = useState(false);
  const [suggest, { data, loading, error, called }] = useLazyQuery(SlotSuggestionsQuery, { fetchPolicy: 'network-only' });
  const suggestions = data?.suggestedSlots ?? [];

  function ask() {
    const tomorrow = addDays(parisToday(), 1);
    void suggest({
      variables: {
        networkSlugs,
        durationMinutes,
        first: count,
        avoidSchoolHolidays,
        from: parisInstant(tomorrow, '00:00'),
        to: parisInstant(addDays(tomorrow, WEEKS_AHEAD * 7), '00:00'),
      },
    });
  }

  return (
    <div className="slot-suggestions">
      <div className="form-actions">
        <button type="button" className="button" onClick={ask} disabled={loading}>
          Proposer des créneaux
        </button>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={avoidSchoolHolidays}
            onChange={(event) => setAvoidSchoolHolidays(event.target.checked)}
          />
          Éviter les vacances scolaires
        </label>
      </div>
      <div aria-live="polite" id={id}>
        {loading && <p role="status">Recherche des créneaux où le moins de personnes sont prises…</p>}
        {error && <ErrorPanel message={errorMessage(error)} />}
        {called && !loading && !error && suggestions.length === 0 && (
          <p>Aucun créneau libre dans les {WEEKS_AHEAD} semaines à venir.</p>
        )}
        {suggestions.length > 0 && (
          <ul className="slot-suggestions__list" aria-label="Créneaux proposés">
            {suggestions.map((slot) => {
              const when = formatSlot(slot.startsAt, slot.endsAt);
              return (
                <li key={slot.startsAt}>
                  <span>
                    <strong>{when}</strong>
                    <span className="slot-suggestions__busy">
                      {slot.busyCount === 0
                        ? ' — personne n’est pris'
                        : ` — ${slot.busyCount} ${slot.busyCount > 1 ? 'personnes prises' : 'personne prise'} : ${[
                            ...new Map(slot.busy.map((b) => [b.person.id, personName(b.person)])).values(),
                          ].join(', ')}`}
                    </span>
                  </span>
                  <button type="button" className="button button--small" onClick={() => onPick(slot)}>
                    {pickLabel}
                    <span className="visually-hidden"> : {when}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </div>
  );
}
