import type { EntityManager } from '@mikro-orm/postgresql';
import { Commune } from '../../directory/commune.entity';
import { Theme } from '../../directory/directory.enums';
import { Meeting } from '../../meetings/meeting.entity';
import { Network } from '../../networks/network.entity';
import { byName } from '../../shared/load';
import { Training } from '../../trainings/training.entity';
import { ActionStatus } from '../roadmap.enums';
import { FIELD_OF, NO_ACTIONS, progressOf, type StatusCounts } from '../roadmap-queries';
import { RoadmapAction } from '../roadmap-action.entity';
import { RoadmapOrientation } from '../roadmap-orientation.entity';
import type {
  DashboardPeriod,
  NetworkActivity,
  StaleAction,
  ThemeCoverage,
  ThemeProgress,
  UpcomingEvent,
} from './dashboard.types';
import { UpcomingKind } from './dashboard.types';

/**
 * The dashboard's reads: each part is a fixed number of statements whatever the territory's size,
 * in plain SQL where a grouped count says it best. Only figures and public items leave here.
 */

const THEMES = Object.values(Theme);
const withTotal = (c: StatusCounts) => ({ ...c, total: c.notStarted + c.inProgress + c.done + c.abandoned });

/** Per theme (in the enum's order, those with orientations): counts, progress and orientations. Two statements. */
export async function themeProgress(em: EntityManager, territoryId: string): Promise<ThemeProgress[]> {
  const orientations = await em.find(
    RoadmapOrientation,
    { territory: territoryId },
    { orderBy: { theme: 'asc', number: 'asc' } },
  );
  const rows: Array<{ theme: Theme; status: ActionStatus; count: string }> = await em.execute(
    `select r.theme, a.status, count(*) as count
       from roadmap_action a join roadmap_objective o on o.id = a.objective_id
       join roadmap_orientation r on r.id = o.orientation_id
      where r.territory_id = ? group by r.theme, a.status`,
    [territoryId],
  );
  const counts = new Map<Theme, StatusCounts>();
  for (const row of rows) {
    const entry = counts.get(row.theme) ?? { ...NO_ACTIONS };
    entry[FIELD_OF[row.status]] = Number(row.count);
    counts.set(row.theme, entry);
  }
  return THEMES.filter((theme) => orientations.some((o) => o.theme === theme)).map((theme) => {
    const themeCounts = counts.get(theme) ?? { ...NO_ACTIONS };
    return {
      theme,
      statusCounts: withTotal(themeCounts),
      progress: progressOf(themeCounts),
      orientations: orientations.filter((o) => o.theme === theme),
    };
  });
}

/** Open actions whose last update (or entry in the roadmap) is before `since`, oldest first. Two statements. */
export async function staleActions(em: EntityManager, territoryId: string, since: Date): Promise<StaleAction[]> {
  const rows: Array<{ id: string; last_update_at: Date; ever_updated: boolean }> = await em.execute(
    `select a.id, coalesce(max(u.at), a.created_at) as last_update_at, count(u.id) > 0 as ever_updated
       from roadmap_action a join roadmap_objective o on o.id = a.objective_id
       join roadmap_orientation r on r.id = o.orientation_id
       left join roadmap_action_update u on u.action_id = a.id
      where r.territory_id = ? and a.status in ('NOT_STARTED', 'IN_PROGRESS')
      group by a.id, r.theme, r.number, o.position
     having coalesce(max(u.at), a.created_at) < ?
      order by last_update_at, r.theme, r.number, o.position, a.position`,
    [territoryId, since],
  );
  // Their networks in the same statement: whether another part loaded them first must not change the count.
  const found = await em.find(RoadmapAction, { id: rows.map((row) => row.id) }, { populate: ['network'] });
  const actions = new Map(found.map((a) => [a.id, a]));
  return rows.map((row) => ({
    action: actions.get(row.id)!,
    lastUpdateAt: new Date(row.last_update_at),
    everUpdated: row.ever_updated,
  }));
}

interface ActivityRow {
  network_id: string;
  meetings_held: string;
  invitations: string;
  answered: string;
  attended: string;
  reviewed: string;
  outcomes: string;
  trainings: string;
  confirmed: string;
}

/**
 * Each network of the territory over the semester: meetings held (a joint one counts for each of its
 * networks), their invitations, the items on their agenda and the outcomes recorded; trainings with a
 * session in the semester and their confirmed registrations. Two statements.
 */
export async function networkActivity(
  em: EntityManager,
  territoryId: string,
  period: DashboardPeriod,
): Promise<NetworkActivity[]> {
  const rows: ActivityRow[] = await em.execute(
    `with held as (
       select mn.network_id, m.id from meeting m join meeting_network mn on mn.meeting_id = m.id
        where m.status = 'HELD' and m.starts_at >= ? and m.starts_at < ?),
     invitations as (
       select h.network_id, count(*) as invitations, count(*) filter (where i.response <> 'PENDING') as answered,
              count(*) filter (where i.attended) as attended
         from held h join invitation i on i.meeting_id = h.id group by h.network_id),
     items as (
       select h.network_id, count(*) filter (where a.status = 'ACCEPTED') as reviewed,
              count(*) filter (where a.outcome_recorded_at is not null and a.kind in ('DECISION', 'OPINION')) as outcomes
         from held h join agenda_item a on a.meeting_id = h.id group by h.network_id),
     trained as (
       select tn.network_id, count(*) as trainings,
              sum((select count(*) from registration r where r.training_id = t.id and r.status = 'CONFIRMED')) as confirmed
         from training t join training_network tn on tn.training_id = t.id
        where exists (select 1 from training_session s where s.training_id = t.id and s.starts_at >= ? and s.starts_at < ?)
        group by tn.network_id)
     select n.id as network_id, (select count(*) from held h where h.network_id = n.id) as meetings_held,
            coalesce(i.invitations, 0) as invitations, coalesce(i.answered, 0) as answered, coalesce(i.attended, 0) as attended,
            coalesce(it.reviewed, 0) as reviewed, coalesce(it.outcomes, 0) as outcomes,
            coalesce(t.trainings, 0) as trainings, coalesce(t.confirmed, 0) as confirmed
       from network n left join invitations i on i.network_id = n.id left join items it on it.network_id = n.id
       left join trained t on t.network_id = n.id
      where n.territory_id = ?`,
    [period.from, period.to, period.from, period.to, territoryId],
  );
  const networks = new Map((await em.find(Network, { id: rows.map((row) => row.network_id) })).map((n) => [n.id, n]));
  const activity = rows.map((row) => ({
    network: networks.get(row.network_id)!,
    meetingsHeld: Number(row.meetings_held),
    invitations: Number(row.invitations),
    invitationsAnswered: Number(row.answered),
    attended: Number(row.attended),
    agendaItemsReviewed: Number(row.reviewed),
    outcomesRecorded: Number(row.outcomes),
    trainings: Number(row.trainings),
    confirmedRegistrations: Number(row.confirmed),
  }));
  return byName(activity, (entry) => entry.network.name);
}

/** « A handful »: enough for the committee's « à venir » box and the one-page report. */
export const UPCOMING_COUNT = 8;

/**
 * The next public meetings (scheduled) and sessions of public trainings of the territory's networks,
 * from `asOf`, by date. Four statements: the events, their networks, the meetings, the trainings.
 */
export async function upcomingEvents(em: EntityManager, territoryId: string, asOf: Date): Promise<UpcomingEvent[]> {
  const rows: Array<{ kind: UpcomingKind; id: string; title: string; starts_at: Date; ends_at: Date; network_ids: string[] }> =
    await em.execute(
      `(select 'MEETING' as kind, m.id, m.title, m.starts_at, m.ends_at,
               array(select mn.network_id from meeting_network mn where mn.meeting_id = m.id) as network_ids
          from meeting m
         where m.is_public and m.status = 'SCHEDULED' and m.starts_at >= ?
           and exists (select 1 from meeting_network mn join network n on n.id = mn.network_id
                        where mn.meeting_id = m.id and n.territory_id = ?)
         order by m.starts_at limit ?)
       union all
       (select 'TRAINING_SESSION', t.id, t.title, s.starts_at, s.ends_at,
               array(select tn.network_id from training_network tn where tn.training_id = t.id)
          from training_session s join training t on t.id = s.training_id
         where t.is_public and s.starts_at >= ?
           and exists (select 1 from training_network tn join network n on n.id = tn.network_id
                        where tn.training_id = t.id and n.territory_id = ?)
         order by s.starts_at limit ?)
       order by starts_at, title limit ?`,
      [asOf, territoryId, UPCOMING_COUNT, asOf, territoryId, UPCOMING_COUNT, UPCOMING_COUNT],
    );
  const idsOf = (kind: UpcomingKind) => rows.filter((row) => row.kind === kind).map((row) => row.id);
  const [networks, meetings, trainings] = await Promise.all([
    em.find(Network, { id: [...new Set(rows.flatMap((row) => row.network_ids))] }),
    em.find(Meeting, { id: idsOf(UpcomingKind.MEETING) }),
    em.find(Training, { id: idsOf(UpcomingKind.TRAINING_SESSION) }),
  ]);
  const network = new Map(networks.map((n) => [n.id, n]));
  const meeting = new Map(meetings.map((m) => [m.id, m]));
  const training = new Map(trainings.map((t) => [t.id, t]));
  return rows.map((row) => ({
    kind: row.kind,
    title: row.title,
    startsAt: new Date(row.starts_at),
    endsAt: new Date(row.ends_at),
    networks: byName(
      row.network_ids.map((id) => network.get(id)!),
      (n) => n.name,
    ),
    meeting: row.kind === UpcomingKind.MEETING ? meeting.get(row.id) : null,
    training: row.kind === UpcomingKind.TRAINING_SESSION ? training.get(row.id) : null,
  }));
}

/**
 * Per theme, the communes of the territory no service of the theme reaches. The map's rule for
 * « structures de proximité » (directory/commune-statistics.ts): a structure based in the commune,
 * or a service that serves it without covering the whole territory; an itinerant service goes
 * through the communes it serves, so it reaches them even when it covers them all. Two statements.
 */
export async function themeCoverage(em: EntityManager, territoryId: string): Promise<ThemeCoverage[]> {
  const rows: Array<{ theme: Theme; insee_code: string; reached: boolean }> = await em.execute(
    `with communes as (select insee_code from commune where territory_id = ? and merged_into_insee_code is null),
     territory_wide as (
       select sc.service_id from service_commune_served sc join communes c on c.insee_code = sc.commune_insee_code
        group by sc.service_id having count(*) = (select count(*) from communes)),
     reaching as (
       select unnest(s.themes) as theme, o.commune_insee_code as insee_code
         from service s join organization o on o.id = s.organization_id where o.commune_insee_code is not null
       union
       select unnest(s.themes), sc.commune_insee_code
         from service s join service_commune_served sc on sc.service_id = s.id
        where 'ITINERANT' = any(s.modes) or s.id not in (select service_id from territory_wide))
     select t.theme, c.insee_code, exists (select 1 from reaching r where r.theme = t.theme and r.insee_code = c.insee_code) as reached
       from unnest(array[?]::text[]) as t(theme) cross join communes c`,
    [territoryId, THEMES],
  );
  const communes = new Map((await em.find(Commune, { territory: territoryId })).map((c) => [c.inseeCode, c]));
  return THEMES.map((theme) => {
    const ofTheme = rows.filter((row) => row.theme === theme);
    const unreached = ofTheme.filter((row) => !row.reached).map((row) => communes.get(row.insee_code)!);
    return {
      theme,
      communeCount: ofTheme.length,
      reachedCount: ofTheme.length - unreached.length,
      unreachedCommunes: byName(unreached, (c) => c.name),
    };
  });
}
