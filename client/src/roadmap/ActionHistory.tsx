import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatDateTime } from '../ui/format';
import { ActionStatusTag } from './ActionStatusTag';

export const ActionHistoryFragment = graphql(`
  fragment ActionHistory_action on RoadmapAction {
    id
    updates {
      revision
      at
      authorName
      status
      comment
    }
  }
`);

interface Props {
  action: FragmentType<typeof ActionHistoryFragment>;
  signedIn: boolean;
}

/** The action's dated updates, newest first (the API gives them oldest first). */
export function ActionHistory({ action: actionRef, signedIn }: Props) {
  const { updates } = getFragmentData(ActionHistoryFragment, actionRef);
  return (
    <section className="panel" aria-labelledby="action-history-title">
      <h2 id="action-history-title">Historique</h2>
      {!signedIn ? (
        <p>L’historique des mises à jour est réservé aux partenaires connectés.</p>
      ) : updates.length === 0 ? (
        <p className="empty-state">Aucune mise à jour pour le moment.</p>
      ) : (
        <ol className="action-history" reversed>
          {[...updates].reverse().map((update) => (
            <li key={update.revision}>
              <p className="action-history__meta">
                <time dateTime={update.at}>{formatDateTime(update.at)}</time>
                <span>{update.authorName}</span>
                <ActionStatusTag status={update.status} />
              </p>
              {update.comment && <p className="action-history__comment">{update.comment}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
