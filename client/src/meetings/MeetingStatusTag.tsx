import type { MeetingStatus } from '../gql/graphql';
import { MEETING_STATUS_LABELS } from './meeting-labels';

/** Says when a meeting is not simply coming up: in preparation, held, cancelled. */
export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  if (status === 'SCHEDULED') return null;
  return (
    <span className={`status-tag meeting-status meeting-status--${status.toLowerCase()}`}>{MEETING_STATUS_LABELS[status]}</span>
  );
}
