-- A network's calendar month for PostGraphile, as a function it exposes as a query field
-- (networkMeetings): the meetings the network owns, joint ones included, that overlap the window,
-- in time order. Same rule as Maillage's for an anonymous visitor: public and dated (not drafts).
-- Each meeting's networks and answer counts come from PostGraphile's own relations.
create schema if not exists postgraphile_bench;

create or replace function postgraphile_bench.network_meetings(network_slug text, window_start timestamptz, window_end timestamptz)
returns setof public.meeting language sql stable as $$
  select m.* from public.network n
    join public.meeting_network mn on mn.network_id = n.id
    join public.meeting m on m.id = mn.meeting_id
   where n.slug = network_slug
     and m.ends_at > window_start and m.starts_at < window_end
     and m.is_public and m.status <> 'DRAFT'
   order by m.starts_at, m.id
$$;
