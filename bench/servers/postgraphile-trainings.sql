-- A network's upcoming trainings for PostGraphile, as a function it exposes as a query field
-- (networkTrainings): the trainings offered to the network, shared ones included, with a session
-- still to end. Same rule and order as Maillage's for an anonymous visitor: public ones only, by
-- their first session, then by creation. Networks, organiser and sessions come from PostGraphile's
-- own relations.
create schema if not exists postgraphile_bench;

create or replace function postgraphile_bench.network_trainings(network_slug text)
returns setof public.training language sql stable as $$
  select t.* from public.network n
    join public.training_network tn on tn.network_id = n.id
    join public.training t on t.id = tn.training_id
   where n.slug = network_slug
     and t.is_public
     and exists (select 1 from public.training_session s where s.training_id = t.id and s.ends_at > now())
   order by (select min(s.starts_at) from public.training_session s where s.training_id = t.id), t.created_at, t.id
$$;
