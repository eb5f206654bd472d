import { useId, useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { Theme } from '../../gql/graphql';
import { QueryError } from '../../app/QueryError';
import { TERRITORY_SLUG } from '../../app/territory';
import { EnumOptions } from '../../ui/EnumOptions';
import { THEME_LABELS } from '../../ui/labels';
import { Loading } from '../../ui/QueryStatus';
import { SelectField } from '../../ui/SelectField';
import { useDocumentTitle } from '../../ui/use-document-title';
import { layoutGraph } from './graph-layout';
import { buildModel, filterByTheme, layoutInput } from './graph-model';
import { GraphDetails } from './GraphDetails';
import { GraphLegend } from './GraphLegend';
import { LinksTable, linkRowId } from './LinksTable';
import { NetworkGraph, type GraphFocus } from './NetworkGraph';
import './graph.css';

const NetworkGraphPageQuery = graphql(`
  query NetworkGraphPage($territorySlug: String!) {
    territory(slug: $territorySlug) {
      id
      networks {
        id
        slug
        name
        kind
        theme
        memberships {
          id
          organization {
            id
            slug
            name
          }
        }
      }
    }
    networkLinks {
      id
      kind
      description
      from {
        id
      }
      to {
        id
      }
      ...LinksTable_link
      ...GraphDetails_link
    }
  }
`);

export function NetworkGraphPage() {
  const { data, loading, error, refetch } = useQuery(NetworkGraphPageQuery, { variables: { territorySlug: TERRITORY_SLUG } });
  const [theme, setTheme] = useState<Theme | ''>('');
  const [withOrganizations, setWithOrganizations] = useState(true);
  const [focus, setFocus] = useState<GraphFocus>(null);
  const detailsId = useId();
  useDocumentTitle('Le maillage des réseaux');

  const networks = useMemo(() => data?.territory?.networks ?? [], [data]);
  const model = useMemo(
    () => buildModel(networks, data?.networkLinks ?? [], withOrganizations),
    [networks, data, withOrganizations],
  );
  // Laid out once for the whole graph: a theme hides nodes, it does not move the others.
  const positions = useMemo(() => {
    const { nodes, edges } = layoutInput(model);
    return layoutGraph(nodes, edges);
  }, [model]);
  const shown = useMemo(() => filterByTheme(model, theme || null), [model, theme]);
  const shownLinkIds = new Set(shown.links.map((link) => link.id));
  const tableLinks = (data?.networkLinks ?? []).filter((link) => shownLinkIds.has(link.id));
  const networkName = (id: string) => model.networks.find((n) => n.id === id)?.name ?? '';

  return (
    <>
      <p className="detail__breadcrumb">
        <Link to="/reseaux/matrice">Réseaux</Link> <span aria-hidden="true">›</span> Maillage
      </p>
      <h1>Le maillage des réseaux</h1>
      <p className="page-intro">
        Les réseaux locaux, la commission et le comité de pilotage de la Convention territoriale globale, les liens que la CTG
        trace entre eux et les structures qui participent à plusieurs d'entre eux.
      </p>
      {loading && <Loading />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && !data.territory && <p>Ce territoire n'est pas (encore) décrit dans Maillage.</p>}
      {data?.territory && (
        <>
          <div className="filters filters--compact graph-filters">
            <SelectField label="Thème" value={theme} onChange={(value) => setTheme(value as Theme | '')}>
              <option value="">Tous les thèmes</option>
              <EnumOptions labels={THEME_LABELS} />
            </SelectField>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={withOrganizations}
                onChange={(event) => setWithOrganizations(event.target.checked)}
              />
              Montrer les structures membres d'au moins deux réseaux
            </label>
            <a className="button button--link" href="#tableau-des-liens">
              Aller au tableau des liens
            </a>
          </div>
          <div className="graph-layout">
            <figure className="graph-figure">
              <NetworkGraph
                model={shown}
                positions={positions}
                focus={focus}
                onFocus={setFocus}
                networkName={networkName}
                detailsId={detailsId}
                onOpenLink={(id) => document.getElementById(linkRowId(id))?.focus()}
              />
              <figcaption className="graph-figure__caption">
                <span className="visually-hidden">
                  Chaque disque est un réseau (Entrée pour ouvrir sa page), chaque trait un lien entre deux réseaux ; les points
                  sont les structures partagées, d'autant plus gros qu'elles participent à plus de réseaux. Le tableau qui suit
                  donne les mêmes liens.
                </span>
                {withOrganizations && model.everywhere.length > 0 && (
                  <>
                    Membres de tous les réseaux, non dessinées pour la lisibilité :{' '}
                    {model.everywhere.map((organization, i) => (
                      <span key={organization.id}>
                        {i > 0 && ', '}
                        <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
                      </span>
                    ))}
                    .
                  </>
                )}
              </figcaption>
            </figure>
            <aside className="graph-side">
              <GraphDetails
                id={detailsId}
                focus={focus}
                model={model}
                links={data.networkLinks.filter((link) => focus?.type === 'link' && link.id === focus.id)}
              />
              <GraphLegend withOrganizations={withOrganizations} />
            </aside>
          </div>
          <h2 id="tableau-des-liens" tabIndex={-1}>
            Tableau des liens
          </h2>
          <LinksTable links={tableLinks} />
        </>
      )}
    </>
  );
}
