import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page, PageRequest } from '../shared/pagination';
import { Audience } from './directory.enums';
import { Organization } from './organization.entity';
import type { OrganizationFilter } from './organization.inputs';

interface SqlPart {
  sql: string;
  params: unknown[];
}

/**
 * Conditions on one service: an organisation matches when one of its services has the theme and
 * the audience asked for ("ALL" serves every audience) and serves the commune, or when the
 * organisation itself sits in that commune.
 */
function filterConditions(filter: OrganizationFilter): SqlPart {
  const where: string[] = [];
  const params: unknown[] = [];
  const serviceWhere: string[] = [];
  if (filter.theme) {
    serviceWhere.push('s.themes @> array[?]::text[]');
    params.push(filter.theme);
  }
  if (filter.audience) {
    serviceWhere.push('s.audiences && array[?, ?]::text[]');
    params.push(filter.audience, Audience.ALL);
  }
  if (filter.communeInseeCode) {
    const code = filter.communeInseeCode;
    serviceWhere.push(
      '(o.commune_insee_code = ? or exists (select 1 from service_commune_served sc where sc.service_id = s.id and sc.commune_insee_code = ?))',
    );
    params.push(code, code);
  }
  if (serviceWhere.length) {
    const matching = `exists (select 1 from service s where s.organization_id = o.id and ${serviceWhere.join(' and ')})`;
    // Without theme or audience, a structure based in the commune counts even with no service listed.
    where.push(filter.theme || filter.audience ? matching : `(o.commune_insee_code = ? or ${matching})`);
    if (!filter.theme && !filter.audience) params.unshift(filter.communeInseeCode);
  }
  if (filter.networkSlug) {
    where.push('exists (select 1 from membership m join network n on n.id = m.network_id where m.organization_id = o.id and n.slug = ?)');
    params.push(filter.networkSlug);
  }
  if (filter.kind) {
    where.push('o.kind = ?');
    params.push(filter.kind);
  }
  return { sql: where.length ? where.join(' and ') : 'true', params };
}

/** Full-text matches on the organisation and on its services, summed into one relevance. */
function fullTextRanking(text: string): SqlPart {
  return {
    sql: `select organization_id, sum(rank) as rank from (
        select id as organization_id, ts_rank(search_vector, q) * 2 as rank
          from organization, websearch_to_tsquery('maillage_fr', ?) q where search_vector @@ q
        union all
        select organization_id, ts_rank(search_vector, q) as rank
          from service, websearch_to_tsquery('maillage_fr', ?) q where search_vector @@ q
      ) matches group by organization_id`,
    params: [text, text],
  };
}

/**
 * Near misses ("numerik", "parentalte"): trigram word similarity on the names of structures and
 * of their services, tried only when full text finds nothing.
 */
function trigramRanking(text: string): SqlPart {
  return {
    sql: `select organization_id, max(rank) as rank from (
        select id as organization_id, word_similarity(p.q, search_name) as rank
          from organization, (select maillage_unaccent(lower(?)) as q) p where p.q <% search_name
        union all
        select organization_id, word_similarity(p.q, search_name) as rank
          from service, (select maillage_unaccent(lower(?)) as q) p where p.q <% search_name
      ) near group by organization_id`,
    params: [text, text],
  };
}

function selectColumns(em: EntityManager): string {
  const meta = em.getMetadata().get(Organization.name);
  return meta.props
    .filter((prop) => prop.persist !== false && !prop.lazy && prop.fieldNames?.length)
    .flatMap((prop) => prop.fieldNames.map((column) => `o."${column}"`))
    .join(', ');
}

async function runPage(
  em: EntityManager, filter: OrganizationFilter, page: PageRequest, ranking: SqlPart | null,
): Promise<Page<Organization>> {
  const conditions = filterConditions(filter);
  const join = ranking ? `join (${ranking.sql}) ranked on ranked.organization_id = o.id` : '';
  const order = ranking ? 'ranked.rank desc, o.search_name, o.id' : 'o.search_name, o.id';
  const sql = `select ${selectColumns(em)}, count(*) over () as total_count
    from organization o ${join}
    where ${conditions.sql}
    order by ${order} limit ? offset ?`;
  const params = [...(ranking?.params ?? []), ...conditions.params, page.limit, page.offset];
  const rows: Array<Record<string, unknown>> = await em.getConnection().execute(sql, params);
  let totalCount = rows.length ? Number(rows[0].total_count) : 0;
  if (!rows.length && page.offset > 0) totalCount = await countOnly(em, conditions, ranking);
  return {
    nodes: rows.map(({ total_count: _, ...row }) => em.map(Organization, row)),
    totalCount,
    offset: page.offset,
  };
}

/** A page past the end still reports how many results there are. */
async function countOnly(em: EntityManager, conditions: SqlPart, ranking: SqlPart | null): Promise<number> {
  const join = ranking ? `join (${ranking.sql}) ranked on ranked.organization_id = o.id` : '';
  const [row] = await em.getConnection().execute(
    `select count(*) as n from organization o ${join} where ${conditions.sql}`,
    [...(ranking?.params ?? []), ...conditions.params],
  );
  return Number(row.n);
}

export async function searchOrganizations(
  em: EntityManager, filter: OrganizationFilter, page: PageRequest,
): Promise<Page<Organization>> {
  const text = filter.text?.trim();
  if (!text) return runPage(em, filter, page, null);
  const result = await runPage(em, filter, page, fullTextRanking(text));
  if (result.totalCount > 0) return result;
  return runPage(em, filter, page, trigramRanking(text));
}
