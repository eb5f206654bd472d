import { useState } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { errorMessage } from '../app/error-message';
import { formatLongDate } from '../ui/format';
import { ErrorPanel } from '../ui/QueryStatus';
import { useSetActionItemDoneMutation } from './meeting-mutations';
import { personName } from './person-name';

export const ActionItemRowFragment = graphql(`
  fragment ActionItemRow_actionItem on ActionItem {
    id
    title
    dueOn
    done
    owner {
      id
      firstName
      lastName
    }
    viewerCan {
      markDone
    }
  }
`);

interface Props {
  item: FragmentType<typeof ActionItemRowFragment>;
  /** The meeting it came from, when listed away from it (« Mes réunions »). */
  meeting?: { id: string; title: string };
}

/** An action to follow up: its « fait » box for its owner and the managers, read-only for others. */
export function ActionItemRow({ item: itemRef, meeting }: Props) {
  const item = getFragmentData(ActionItemRowFragment, itemRef);
  const [setDone, { loading }] = useSetActionItemDoneMutation();
  const [error, setError] = useState<string>();
  // The box shows the click at once; the saved value takes over when the API answers.
  const [pending, setPending] = useState<boolean>();
  const details = [
    item.owner ? personName(item.owner) : 'Sans responsable',
    item.dueOn ? `pour le ${formatLongDate(item.dueOn)}` : null,
  ].filter(Boolean);

  async function toggle(done: boolean) {
    setError(undefined);
    setPending(done);
    try {
      await setDone(item.id, done);
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setPending(undefined);
    }
  }

  return (
    <li className={`action-item${item.done ? ' action-item--done' : ''}`}>
      {item.viewerCan.markDone ? (
        <label className="checkbox action-item__toggle">
          <input
            type="checkbox"
            checked={pending ?? item.done}
            disabled={loading}
            onChange={(event) => void toggle(event.target.checked)}
          />
          <span className="action-item__title">{item.title}</span>
          <span className="visually-hidden"> : </span>
          <span className="action-item__done-label">fait</span>
        </label>
      ) : (
        <span className="action-item__title">
          {item.title}
          {item.done && <span className="status-tag status-tag--done">fait</span>}
        </span>
      )}
      <span className="action-item__meta">
        {details.join(', ')}
        {meeting && (
          <>
            {' '}
            — <Link to={`/reunions/${meeting.id}`}>{meeting.title}</Link>
          </>
        )}
      </span>
      {error && <ErrorPanel message={error} />}
    </li>
  );
}
