import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { RoadmapPageQuery as RoadmapPageData, Theme } from '../gql/graphql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { THEME_LABELS } from '../ui/labels';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { OrientationSection } from './OrientationSection';
import { RoadmapFilters } from './RoadmapFilters';
import { isFiltered, parseRoadmapParams, roadmapFilter, toSearchParams, type RoadmapParams } from './roadmap-params';
import './roadmap.css';

const RoadmapPageQuery = graphql(`
  query RoadmapPage($territorySlug: String!, $theme: Theme, $filter: RoadmapFilter) {
    territory(slug: $territorySlug) {
      id
      networks {
        id
        slug
        name
      }
    }
    roadmap(theme: $theme, filter: $filter) {
      id
      theme
      ...OrientationSection_orientation
    }
  }
`);

type Orientation = RoadmapPageData['roadmap'][number];

/** /feuille-de-route?theme=…&reseau=…&statut=…&q=… — the CTG's roadmap, theme by theme. */
export function RoadmapPage() {
  useDocumentTitle('Feuille de route');
  const [search, setSearch] = useSearchParams();
  const params = parseRoadmapParams(search);
  const {
    data: current,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(RoadmapPageQuery, {
    variables: { territorySlug: TERRITORY_SLUG, theme: params.theme ?? null, filter: roadmapFilter(params, TERRITORY_SLUG) },
    // Statuses move with the animators' updates: the cached roadmap shows at once, then is refreshed.
    fetchPolicy: 'cache-and-network',
  });
  // The previous results stay (marked busy) while a new filter loads, rather than a blank page.
  const data = current ?? previousData;
  const filtered = isFiltered(params);
  const orientations = data?.roadmap ?? [];
  // Remounts the sections when the filters change, so that a new search opens its matches.
  const viewKey = toSearchParams(params).toString();

  return (
    <>
      <h1>Feuille de route</h1>
      <p className="page-intro">
        Les orientations de la Convention territoriale globale, thème par thème : leurs objectifs et leurs actions, telles que la
        convention les écrit, avec où en sont les réseaux qui les portent.
      </p>
      <p className="roadmap-dashboard-link">
        <Link to="/feuille-de-route/tableau-de-bord">Tableau de bord du comité de pilotage</Link>
      </p>
      <RoadmapFilters
        params={params}
        networks={data?.territory?.networks ?? []}
        onChange={(next: RoadmapParams) => setSearch(toSearchParams(next), { preventScrollReset: true })}
      />
      <section aria-labelledby="roadmap-results-title" aria-busy={loading} className="roadmap-results">
        <h2 id="roadmap-results-title" className="visually-hidden">
          Orientations
        </h2>
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : orientations.length === 0 ? (
          <p className="empty-state">
            {filtered ? 'Aucune action ne correspond à ces critères.' : 'La feuille de route n’est pas encore saisie.'}
          </p>
        ) : (
          groupByTheme(orientations).map(([theme, ofTheme]) => (
            <section key={`${viewKey}:${theme}`} className="roadmap-theme" aria-labelledby={`theme-${theme}`}>
              <h2 id={`theme-${theme}`} className="roadmap-theme__title">
                {THEME_LABELS[theme]}
              </h2>
              {ofTheme.map((orientation) => (
                <OrientationSection key={orientation.id} orientation={orientation} initiallyOpen={filtered} />
              ))}
            </section>
          ))
        )}
      </section>
    </>
  );
}

/** The API gives the document's order; consecutive orientations of a theme make its section. */
function groupByTheme(orientations: Orientation[]): Array<[Theme, Orientation[]]> {
  const groups: Array<[Theme, Orientation[]]> = [];
  for (const orientation of orientations) {
    const last = groups.at(-1);
    if (last && last[0] === orientation.theme) last[1].push(orientation);
    else groups.push([orientation.theme, [orientation]]);
  }
  return groups;
}
