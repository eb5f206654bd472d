import type { EntityManager } from '@mikro-orm/postgresql';
import { Theme } from '../../directory/directory.enums';
import { ActionStatus } from '../roadmap.enums';

/** French labels, as the client shows them (client/src/ui/labels.ts, roadmap-labels.ts). */
export const THEME_LABEL: Record<Theme, string> = {
  [Theme.RIGHTS_AND_DIGITAL_INCLUSION]: 'Accès aux droits et inclusion numérique',
  [Theme.EARLY_CHILDHOOD]: 'Petite enfance',
  [Theme.CHILDHOOD]: 'Enfance',
  [Theme.YOUTH]: 'Jeunesse',
  [Theme.PARENTING]: 'Parentalité',
  [Theme.SOCIAL_LIFE]: 'Animation de la vie sociale',
  [Theme.HOUSING]: 'Logement',
};

export const STATUS_LABEL: Record<ActionStatus, string> = {
  [ActionStatus.NOT_STARTED]: 'Pas commencée',
  [ActionStatus.IN_PROGRESS]: 'En cours',
  [ActionStatus.DONE]: 'Réalisée',
  [ActionStatus.ABANDONED]: 'Abandonnée',
};

/** One action as the committee reads it in a spreadsheet. */
export interface ActionRow {
  theme: string;
  orientationNumber: number;
  orientation: string;
  objective: string;
  action: string;
  status: string;
  network: string;
  leads: string;
  lastUpdateAt: Date | null;
  lastComment: string;
  sourceLine: number | null;
}

interface RawRow {
  theme: Theme;
  number: number;
  orientation: string;
  objective: string;
  title: string;
  status: ActionStatus;
  network: string | null;
  leads: string | null;
  last_at: Date | null;
  last_comment: string | null;
  source_line: number | null;
}

/**
 * Every action of a territory (of every territory without a slug), in the document's order, with
 * its last update: one statement. The last comment goes to those who may read the history only
 * (`withComments`): the status is public, who wrote what is not.
 */
export async function actionRows(em: EntityManager, territorySlug: string | null, withComments: boolean): Promise<ActionRow[]> {
  const rows: RawRow[] = await em.execute(
    `select r.theme, r.number, r.title as orientation, o.title as objective, a.title, a.status, n.name as network,
            (select string_agg(org.name, ', ' order by org.name) from roadmap_action_organization ao
               join organization org on org.id = ao.organization_id where ao.action_id = a.id and ao.role = 'LEAD') as leads,
            u.at as last_at, u.comment as last_comment, a.source_line
       from roadmap_action a join roadmap_objective o on o.id = a.objective_id
       join roadmap_orientation r on r.id = o.orientation_id join territory t on t.id = r.territory_id
       left join network n on n.id = a.network_id
       left join lateral (select at, comment from roadmap_action_update where action_id = a.id
                           order by revision desc limit 1) u on true
      where (?::text is null or t.slug = ?)
      order by t.name, array_position(array[?]::text[], r.theme::text), r.number, o.position, a.position`,
    [territorySlug, territorySlug, Object.values(Theme)],
  );
  return rows.map((row) => ({
    theme: THEME_LABEL[row.theme],
    orientationNumber: row.number,
    orientation: row.orientation,
    objective: row.objective,
    action: row.title,
    status: STATUS_LABEL[row.status],
    network: row.network ?? 'Coordination',
    leads: row.leads ?? '',
    lastUpdateAt: row.last_at ? new Date(row.last_at) : null,
    lastComment: withComments ? (row.last_comment ?? '') : '',
    sourceLine: row.source_line,
  }));
}
