import { useEffect, useRef } from 'react';
import { countOf } from '../ui/format';
import { formatSlot } from '../ui/paris-time';
import { personName } from './person-name';
import type { SchedulingConflicts } from './use-scheduling-conflicts';

interface Props {
  conflicts: SchedulingConflicts;
  /** Saves the slot anyway. */
  onProceed: () => void;
  proceedLabel: string;
  /** Back to the slot's fields. */
  onChangeSlot: () => void;
  busy?: boolean;
}

/**
 * « 3 personnes ont déjà une réunion à ce moment-là : … », then the choice: keep the slot anyway or
 * change it. Takes the focus when it appears, since it stands between the user and the save.
 */
export function ConflictWarning({ conflicts, onProceed, proceedLabel, onChangeSlot, busy }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const people = new Set(conflicts.map((conflict) => conflict.person.id)).size;
  return (
    <div ref={panel} className="conflict-warning" role="alert" tabIndex={-1}>
      <p className="conflict-warning__title">
        {countOf(people, 'personne a', 'personnes ont')} déjà une réunion à ce moment-là :
      </p>
      <ul className="conflict-warning__list">
        {conflicts.map(({ person, meeting }) => (
          <li key={`${person.id}-${meeting.id}`}>
            <strong>{personName(person)}</strong>
            {person.organization && <> ({person.organization.name})</>} : « {meeting.title} »,{' '}
            {meeting.networks.map((network) => network.name).join(', ')}, {formatSlot(meeting.startsAt, meeting.endsAt)}
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button type="button" className="button" onClick={onChangeSlot}>
          Changer le créneau
        </button>
        <button type="button" className="button button--primary" onClick={onProceed} disabled={busy}>
          {proceedLabel}
        </button>
      </div>
    </div>
  );
}
