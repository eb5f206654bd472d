import { useState } from 'react';
import { Link } from 'react-router';
import { formatDay } from '../../ui/format';
import { ActionStatusTag } from '../ActionStatusTag';
import type { ActionStatus } from '../../gql/graphql';

export interface StaleActionRow {
  id: string;
  title: string;
  status: ActionStatus;
  networkName: string | null;
  lastUpdateAt: string;
  everUpdated: boolean;
}

/** Open actions nobody has updated for six months, oldest first, each a link to its page. */
const FIRST = 10;

export function StaleActions({ actions }: { actions: StaleActionRow[] }) {
  const [all, setAll] = useState(false);
  if (actions.length === 0)
    return <p className="empty-state">Toutes les actions en cours ont été mises à jour depuis six mois.</p>;
  const shown = all ? actions : actions.slice(0, FIRST);
  return (
    <>
      <ul className="stale-actions">
        {shown.map((action) => (
          <li key={action.id} className="stale-actions__item">
            <Link to={`/feuille-de-route/actions/${action.id}`}>{action.title}</Link>
            <span className="stale-actions__meta">
              <ActionStatusTag status={action.status} />
              {action.networkName && <span>{action.networkName}</span>}
              <span>
                {action.everUpdated ? `Dernière mise à jour le ${formatDay(action.lastUpdateAt)}` : 'Jamais mise à jour'}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {actions.length > FIRST && (
        <button type="button" className="button button--link" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? 'Afficher les dix premières seulement' : `Afficher les ${actions.length} actions`}
        </button>
      )}
    </>
  );
}
