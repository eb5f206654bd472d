import type { EntityManager } from '@mikro-orm/postgresql';
import { runPrepared } from '../graphql/sql-json/run-prepared';
import type { Page, PageRequest } from '../shared/pagination';
import { Commune } from './commune.entity';
import { entityColumns, splitRow } from './directory-reads';
import { Organization } from './organization.entity';
import type { OrganizationFilter } from './organization.inputs';

export interface SqlPart {
  sql: string;
  params: unknown[];
}

/**
 * Conditions on the organisation. Theme and audience are conditions on one service; a commune is
 * reached when the structure sits there or one of its services serves it — and with a theme or an
 * audience, that service (or, for a structure based there, one of its services) must have them.
 * The commune part is written as a set of organisation ids, so PostgreSQL starts from the
 * commune's few hundred rows (indexes on service_commune_served and organization) rather than
 * testing every structure of the country.
 */
function filterConditions(filter: OrganizationFilter): SqlPart {
  const where: string[] = [];
  const params: unknown[] = [];
  const serviceWhere: string[] = [];
  const serviceParams: unknown[] = [];
  if (filter.theme) {
    serviceWhere.push('s.themes @> array[?]::text[]');
    serviceParams.push(filter.theme);
  }
  if (filter.audience) {
    serviceWhere.push('s.audiences && array[?, ?]::text[]');
    serviceParams.push(filter.audience, 'ALL');
  }
  const onService = serviceWhere.map((condition) => ` and ${condition}`).join('');
  if (filter.communeInseeCode) {
    const code = filter.communeInseeCode;
    const basedThere = serviceWhere.length
      ? ` and exists (select 1 from service s where s.organization_id = b.id${onService})`
      : '';
    where.push(`o.id in (
        select s.organization_id from service_commune_served sc join service s on s.id = sc.service_id
         where sc.commune_insee_code = ?${onService}
        union all
        select b.id from organization b where b.commune_insee_code = ?${basedThere})`);
    params.push(code, ...serviceParams, code, ...serviceParams);
  } else if (serviceWhere.length) {
    where.push(`exists (select 1 from service s where s.organization_id = o.id${onService})`);
    params.push(...serviceParams);
  }
  if (filter.networkSlug) {
    where.push(
      'exists (select 1 from membership m join network n on n.id = m.network_id where m.organization_id = o.id and n.slug = ?)',
    );
    params.push(filter.networkSlug);
  }
  if (filter.kind) {
    where.push('o.kind = ?');
    params.push(filter.kind);
  }
  return { sql: where.length ? where.join(' and ') : 'true', params };
}

/** How a search phrase meets the directory: full text first, trigram similarity for near misses. */
interface Matching {
  /** The phrase as a value (`q` or `p.q`) that the expressions below use; one parameter, the text. */
  source: string;
  /** Does organisation `o` (or one of its services) match? */
  matches: string;
  /** Relevance of organisation `o`. */
  rank: string;
  /** Relevance of every matching organisation, as rows (organization_id, rank). */
  ranking: (text: string) => SqlPart;
}

/** Full text on the organisation (weight 2) and on its services, summed into one relevance. */
const FULL_TEXT: Matching = {
  source: `websearch_to_tsquery('maillage_fr', ?) q`,
  matches: `(o.search_vector @@ q or exists (select 1 from service s where s.organization_id = o.id and s.search_vector @@ q))`,
  // Summed in the order of the ranking below (the structure, then its services), so that equal
  // relevances tie the same way whichever shape the query takes.
  rank: `(select sum(rank) from (
        select ts_rank(o.search_vector, q) * 2 as rank where o.search_vector @@ q
        union all
        select ts_rank(s.search_vector, q) from service s where s.organization_id = o.id and s.search_vector @@ q) matches)`,
  ranking: (text) => ({
    sql: `select organization_id, sum(rank) as rank from (
        select id as organization_id, ts_rank(search_vector, q) * 2 as rank
          from organization, websearch_to_tsquery('maillage_fr', ?) q where search_vector @@ q
        union all
        select organization_id, ts_rank(search_vector, q) as rank
          from service, websearch_to_tsquery('maillage_fr', ?) q where search_vector @@ q
      ) matches group by organization_id`,
    params: [text, text],
  }),
};

/**
 * Near misses ("numerik", "parentalte"): trigram word similarity on the names of structures and
 * of their services, tried only when full text finds nothing.
 */
const TRIGRAM: Matching = {
  source: `(select maillage_unaccent(lower(?)) as q) p`,
  matches: `(p.q <% o.search_name or exists (select 1 from service s where s.organization_id = o.id and p.q <% s.search_name))`,
  rank: `greatest(case when p.q <% o.search_name then word_similarity(p.q, o.search_name) end,
      (select max(word_similarity(p.q, s.search_name)) from service s where s.organization_id = o.id and p.q <% s.search_name))`,
  ranking: (text) => ({
    sql: `select organization_id, max(rank) as rank from (
        select id as organization_id, word_similarity(p.q, search_name) as rank
          from organization, (select maillage_unaccent(lower(?)) as q) p where p.q <% search_name
        union all
        select organization_id, word_similarity(p.q, search_name) as rank
          from service, (select maillage_unaccent(lower(?)) as q) p where p.q <% search_name
      ) near group by organization_id`,
    params: [text, text],
  }),
};

export type SearchMode = 'fullText' | 'trigram';
const MATCHING: Record<SearchMode, Matching> = { fullText: FULL_TEXT, trigram: TRIGRAM };

const COMMUNE_PREFIX = 'commune__';

/**
 * One page of the directory as one statement: the organisations with their commune (joined, so
 * `commune { … }` costs nothing more) and the total count. Three shapes:
 * - no text: rows in name order straight from the (search_name, id) index; the count is a
 *   separate scalar subquery, not a window over every row of the country;
 * - text with a commune or a network: those few hundred structures first, then the text and the
 *   relevance of each one;
 * - text alone (or with a theme, an audience, a kind): every match of the text ranked at once.
 */
export function organizationPageQuery(
  em: EntityManager,
  filter: OrganizationFilter,
  page: PageRequest,
  mode: SearchMode | null,
  text = '',
): SqlPart {
  const conditions = filterConditions(filter);
  const select = `${entityColumns(em, Organization.name, 'o')}, ${entityColumns(em, Commune.name, 'c', COMMUNE_PREFIX)}`;
  const commune = 'left join commune c on c.insee_code = o.commune_insee_code';
  const limit = [page.limit, page.offset];
  if (!mode) {
    return {
      sql: `select ${select}, (select count(*) from organization o where ${conditions.sql}) as total_count
        from organization o ${commune}
        where ${conditions.sql}
        order by o.search_name, o.id limit ? offset ?`,
      params: [...conditions.params, ...conditions.params, ...limit],
    };
  }
  const matching = MATCHING[mode];
  const order = 'order by ranked.rank desc, o.search_name, o.id limit ? offset ?';
  if (filter.communeInseeCode || filter.networkSlug) {
    return {
      sql: `select ${select}, count(*) over () as total_count
        from organization o cross join ${matching.source}
        cross join lateral (select ${matching.rank} as rank) ranked
        ${commune}
        where ${conditions.sql} and ${matching.matches}
        ${order}`,
      params: [text, ...conditions.params, ...limit],
    };
  }
  const ranking = matching.ranking(text);
  return {
    sql: `select ${select}, count(*) over () as total_count
      from organization o join (${ranking.sql}) ranked on ranked.organization_id = o.id
      ${commune}
      where ${conditions.sql}
      ${order}`,
    params: [...ranking.params, ...conditions.params, ...limit],
  };
}

/** Maps a row of organization and commune columns onto entities; the commune first, so the organisation's reference to it is already loaded. */
function mapRow(em: EntityManager, row: Record<string, unknown>): Organization {
  const { total_count: _, ...columns } = row;
  const [organization, commune] = splitRow(columns, [COMMUNE_PREFIX]);
  if (commune.insee_code != null) em.map(Commune, commune);
  return em.map(Organization, organization);
}

/** What a page's rows become: entities (the resolvers' path) or compiled JSON (see directory.json-reads.ts). */
export interface PageRows<T> {
  /** Wraps the page's statement (rows of organisation columns and `total_count`, in order). */
  wrap: (page: SqlPart) => SqlPart;
  map: (row: Record<string, unknown>) => T;
}

const AS_ENTITIES = (em: EntityManager): PageRows<Organization> => ({ wrap: (page) => page, map: (row) => mapRow(em, row) });

async function runPage<T>(
  em: EntityManager,
  rows: PageRows<T>,
  filter: OrganizationFilter,
  page: PageRequest,
  mode: SearchMode | null,
  text?: string,
): Promise<Page<T>> {
  const { sql, params } = rows.wrap(organizationPageQuery(em, filter, page, mode, text));
  const found = await runPrepared<Record<string, unknown>>(em, sql, params);
  let totalCount = found.length ? Number(found[0].total_count) : 0;
  if (!found.length && (page.offset > 0 || page.limit === 0)) {
    // A page past the end (or of size 0) still reports how many results there are.
    totalCount = (await runPage(em, AS_ENTITIES(em), filter, { limit: 1, offset: 0 }, mode, text)).totalCount;
  }
  return { nodes: found.map(rows.map), totalCount, offset: page.offset };
}

/** A page of the directory: full text first, near misses (trigram) when it finds nothing. */
export async function searchOrganizationsAs<T>(
  em: EntityManager,
  rows: PageRows<T>,
  filter: OrganizationFilter,
  page: PageRequest,
): Promise<Page<T>> {
  const text = filter.text?.trim();
  if (!text) return runPage(em, rows, filter, page, null);
  const result = await runPage(em, rows, filter, page, 'fullText', text);
  if (result.totalCount > 0) return result;
  return runPage(em, rows, filter, page, 'trigram', text);
}

export function searchOrganizations(
  em: EntityManager,
  filter: OrganizationFilter,
  page: PageRequest,
): Promise<Page<Organization>> {
  return searchOrganizationsAs(em, AS_ENTITIES(em), filter, page);
}
