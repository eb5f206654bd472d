import type { ActionStatus } from '../gql/graphql';
import { ACTION_STATUS_LABELS } from './roadmap-labels';

/** The action's status in words; the colour only repeats them. */
export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return (
    <span className={`status-tag action-status action-status--${status.toLowerCase().replace('_', '-')}`}>
      {ACTION_STATUS_LABELS[status]}
    </span>
  );
}
