/**
 * The floor: each scenario's rows fetched by one hand-written SQL statement that builds the
 * response JSON itself (json_agg), in the shape of Maillage's answer. No GraphQL, no ORM: what
 * PostgreSQL alone costs. The search covers the full-text path (the scenarios' words all match);
 * Maillage's trigram fallback for near misses is not part of it.
 */

const commune = (alias: string) =>
  `(select json_build_object('inseeCode', c.insee_code, 'name', c.name) from commune c where c.insee_code = ${alias}.commune_insee_code)`;

const communesServed = (service: string) =>
  `(select coalesce(json_agg(json_build_object('inseeCode', c.insee_code, 'name', c.name) order by c.name), '[]')
      from service_commune_served sc join commune c on c.insee_code = sc.commune_insee_code where sc.service_id = ${service}.id)`;

const DIRECTORY = `
with page as (select o.* from organization o order by o.search_name, o.id limit $1),
total as (select count(*) as n from organization)
select json_build_object('organizations', json_build_object(
  'totalCount', (select n from total),
  'pageInfo', json_build_object('hasNextPage', (select n from total) > $1),
  'edges', coalesce((select json_agg(json_build_object('node', json_build_object(
      'id', p.id, 'slug', p.slug, 'name', p.name, 'kind', p.kind, 'description', p.description,
      'commune', ${commune('p')},
      'services', (select coalesce(json_agg(json_build_object(
          'id', s.id, 'name', s.name, 'themes', s.themes, 'audiences', s.audiences, 'modes', s.modes,
          'communesServed', ${communesServed('s')}) order by s.name, s.id), '[]')
        from service s where s.organization_id = p.id),
      'memberships', (select coalesce(json_agg(json_build_object('role', m.role, 'network', json_build_object('slug', n.slug, 'name', n.name))), '[]')
        from membership m join network n on n.id = m.network_id where m.organization_id = p.id)
    )) order by p.search_name, p.id) from page p), '[]')
))::text as data`;

/** Organisations reaching the commune first (a few hundred), then the text, then the rank. */
const SEARCH = `
with q as (select websearch_to_tsquery('maillage_fr', $1) as q),
matching as (
  select o.id, o.search_name,
    (select sum(rank) from (
        select ts_rank(o.search_vector, q.q) * 2 as rank where o.search_vector @@ q.q
        union all
        select ts_rank(s.search_vector, q.q) from service s where s.organization_id = o.id and s.search_vector @@ q.q) matches) as rank
  from organization o, q
  where o.id in (select b.id from organization b where b.commune_insee_code = $2
                 union all
                 select s.organization_id from service_commune_served sc join service s on s.id = sc.service_id where sc.commune_insee_code = $2)
    and (o.search_vector @@ q.q or exists (select 1 from service s where s.organization_id = o.id and s.search_vector @@ q.q))
),
page as (select m.rank, o.* from matching m join organization o on o.id = m.id order by m.rank desc, m.search_name, m.id limit $3)
select json_build_object('organizations', json_build_object(
  'totalCount', (select count(*) from matching),
  'pageInfo', json_build_object('hasNextPage', (select count(*) from matching) > $3),
  'edges', coalesce((select json_agg(json_build_object('node', json_build_object(
      'id', p.id, 'slug', p.slug, 'name', p.name, 'kind', p.kind, 'description', p.description,
      'commune', ${commune('p')},
      'services', (select coalesce(json_agg(json_build_object('id', s.id, 'themes', s.themes) order by s.name, s.id), '[]')
        from service s where s.organization_id = p.id)
    )) order by p.rank desc, p.search_name, p.id) from page p), '[]')
))::text as data`;

const ORGANIZATION = `
select json_build_object('organization', (select json_build_object(
  'id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'description', o.description, 'labels', o.labels,
  'address', o.address, 'website', o.website, 'publicEmail', o.public_email, 'publicPhone', o.public_phone,
  'commune', ${commune('o')},
  'services', (select coalesce(json_agg(json_build_object(
      'id', s.id, 'name', s.name, 'description', s.description, 'themes', s.themes, 'audiences', s.audiences, 'modes', s.modes,
      'communesServed', ${communesServed('s')}) order by s.name, s.id), '[]')
    from service s where s.organization_id = o.id),
  'networks', (select coalesce(json_agg(json_build_object('id', n.id, 'slug', n.slug, 'name', n.name, 'kind', n.kind) order by n.name), '[]')
    from network n where n.id in (select m.network_id from membership m where m.organization_id = o.id)),
  'memberships', (select coalesce(json_agg(json_build_object('id', m.id, 'role', m.role, 'network', json_build_object('id', m.network_id))), '[]')
    from membership m where m.organization_id = o.id),
  'people', (select coalesce(json_agg(json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name, 'jobTitle', p.job_title)
      order by p.last_name, p.first_name), '[]')
    from person p where p.organization_id = o.id)
) from organization o where o.slug = $1))::text as data`;

const NETWORK = `
select json_build_object('network', (select json_build_object(
  'id', n.id, 'slug', n.slug, 'name', n.name, 'kind', n.kind, 'theme', n.theme, 'description', n.description,
  'animators', (select coalesce(json_agg(json_build_object(
      'id', m.id, 'role', m.role, 'organization', json_build_object('id', o.id, 'slug', o.slug, 'name', o.name),
      'person', (select json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name, 'jobTitle', p.job_title) from person p where p.id = m.person_id)
    ) order by m.role), '[]')
    from membership m join organization o on o.id = m.organization_id where m.network_id = n.id and m.role in ('ANIMATOR', 'CO_ANIMATOR')),
  'memberships', (select coalesce(json_agg(json_build_object(
      'id', m.id, 'role', m.role,
      'organization', json_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind, 'commune', ${commune('o')})
    )), '[]')
    from membership m join organization o on o.id = m.organization_id where m.network_id = n.id)
) from network n where n.slug = $1))::text as data`;

/** A network's public, dated meetings overlapping the month, with their networks and answer counts. */
const CALENDAR = `
select json_build_object('network', (select json_build_object('meetings', coalesce((
  select json_agg(json_build_object(
      'id', m.id, 'title', m.title, 'kind', m.kind, 'status', m.status, 'startsAt', m.starts_at, 'endsAt', m.ends_at,
      'networks', (select json_agg(json_build_object('slug', o.slug, 'name', o.name) order by o.name)
        from meeting_network mo join network o on o.id = mo.network_id where mo.meeting_id = m.id),
      'answerCounts', (select json_build_object(
          'yes', count(*) filter (where i.response = 'YES'), 'maybe', count(*) filter (where i.response = 'MAYBE'),
          'no', count(*) filter (where i.response = 'NO'), 'pending', count(*) filter (where i.response = 'PENDING'))
        from invitation i where i.meeting_id = m.id)
    ) order by m.starts_at, m.id)
  from meeting_network mn join meeting m on m.id = mn.meeting_id
  where mn.network_id = n.id and m.ends_at > $2 and m.starts_at < $3 and m.is_public and m.status <> 'DRAFT'), '[]'))
  from network n where n.slug = $1))::text as data`;

const person = (column: string) =>
  `(select json_build_object('id', p.id, 'firstName', p.first_name, 'lastName', p.last_name) from person p where p.id = ${column})`;

/** A meeting's accepted agenda items in order, with their people and structure; the agenda only once published. */
const AGENDA = `
select json_build_object('meeting', (select json_build_object(
  'id', m.id, 'title', m.title, 'status', m.status, 'startsAt', m.starts_at, 'endsAt', m.ends_at,
  'agendaPublishedAt', m.agenda_published_at,
  'agenda', coalesce((select json_agg(json_build_object(
      'id', a.id, 'position', a.position, 'title', a.title, 'kind', a.kind, 'durationMinutes', a.duration_minutes,
      'outcome', a.outcome, 'opinion', a.opinion,
      'proposedBy', ${person('a.proposed_by_id')},
      'presenter', ${person('a.presenter_id')},
      'organization', (select json_build_object('id', o.id, 'slug', o.slug, 'name', o.name) from organization o where o.id = a.organization_id)
    ) order by a.position)
    from agenda_item a where a.meeting_id = m.id and a.status = 'ACCEPTED' and m.agenda_published_at is not null), '[]')
) from meeting m where m.id = $1 and m.is_public and m.status <> 'DRAFT'))::text as data`;

/**
 * A network's public trainings with a session still to end, by their first session: seats from
 * the counters on the row, the networks they are offered to, the organiser, the sessions in order.
 */
const TRAININGS = `
select json_build_object('trainings', coalesce((select json_agg(json_build_object(
    'id', t.id, 'title', t.title, 'theme', t.theme, 'capacity', t.capacity,
    'seatsLeft', greatest(0, t.capacity - t.confirmed_count), 'waitlistCount', t.waitlist_count,
    'networks', (select json_agg(json_build_object('name', o.name) order by o.name)
      from training_network tn join network o on o.id = tn.network_id where tn.training_id = t.id),
    'organizer', (select json_build_object('name', o.name) from organization o where o.id = t.organizer_id),
    'sessions', (select json_agg(json_build_object(
        'startsAt', s.starts_at, 'endsAt', s.ends_at, 'place', s.place,
        'commune', (select json_build_object('name', c.name) from commune c where c.insee_code = s.commune_insee_code)
      ) order by s.starts_at, s.id)
      from training_session s where s.training_id = t.id)
  ) order by t.first_start, t.created_at, t.id)
  from (select t.*, (select min(s.starts_at) from training_session s where s.training_id = t.id) as first_start
          from network n join training_network tn on tn.network_id = n.id join training t on t.id = tn.training_id
         where n.slug = $1 and t.is_public
           and exists (select 1 from training_session s where s.training_id = t.id and s.ends_at > now())) t), '[]')
)::text as data`;

export interface FloorQuery {
  sql: string;
  params: (variables: Record<string, unknown>) => unknown[];
}

export const FLOOR_QUERIES: Record<string, FloorQuery> = {
  directory: { sql: DIRECTORY, params: (v) => [v.first] },
  search: { sql: SEARCH, params: (v) => [v.text, v.communeInseeCode, v.first] },
  organization: { sql: ORGANIZATION, params: (v) => [v.slug] },
  network: { sql: NETWORK, params: (v) => [v.slug] },
  calendar: { sql: CALENDAR, params: (v) => [v.slug, v.from, v.to] },
  agenda: { sql: AGENDA, params: (v) => [v.id] },
  trainings: { sql: TRAININGS, params: (v) => [v.slug] },
};
