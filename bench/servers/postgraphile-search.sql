-- PostGraphile's idiomatic way to a custom search: a set-returning function it exposes as a
-- query field (searchOrganizations). Same rule and ranking as Maillage's search (full text on
-- structures and their services, filtered by a commune; trigram word similarity when nothing
-- matches). Kept in a schema of its own, away from Maillage's.
create schema if not exists postgraphile_bench;

create or replace function postgraphile_bench.search_organizations(search text, commune text)
returns setof public.organization language plpgsql stable as $$
begin
  return query
    select o.* from public.organization o
    cross join websearch_to_tsquery('maillage_fr', search) q
    cross join lateral (select sum(rank) as rank from (
        select ts_rank(o.search_vector, q) * 2 as rank where o.search_vector @@ q
        union all
        select ts_rank(s.search_vector, q) from public.service s where s.organization_id = o.id and s.search_vector @@ q) matches) r
    where o.id in (select b.id from public.organization b where b.commune_insee_code = commune
                   union all
                   select s.organization_id from public.service_commune_served sc join public.service s on s.id = sc.service_id where sc.commune_insee_code = commune)
      and (o.search_vector @@ q or exists (select 1 from public.service s where s.organization_id = o.id and s.search_vector @@ q))
    order by r.rank desc, o.search_name, o.id;
  if found then return; end if;
  return query
    select o.* from public.organization o
    cross join (select maillage_unaccent(lower(search)) as q) p
    cross join lateral (select greatest(case when p.q <% o.search_name then word_similarity(p.q, o.search_name) end,
        (select max(word_similarity(p.q, s.search_name)) from public.service s where s.organization_id = o.id and p.q <% s.search_name)) as rank) r
    where o.id in (select b.id from public.organization b where b.commune_insee_code = commune
                   union all
                   select s.organization_id from public.service_commune_served sc join public.service s on s.id = sc.service_id where sc.commune_insee_code = commune)
      and (p.q <% o.search_name or exists (select 1 from public.service s where s.organization_id = o.id and p.q <% s.search_name))
    order by r.rank desc, o.search_name, o.id;
end
$$;
