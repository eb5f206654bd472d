import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { Theme } from '../gql/graphql';
import { QueryError } from '../app/QueryError';
import { EnumOptions } from '../ui/EnumOptions';
import { THEME_LABELS } from '../ui/labels';
import { Loading } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { useDocumentTitle } from '../ui/use-document-title';
import { TrainingCard } from './TrainingCard';
import './trainings.css';

const TrainingsPageQuery = graphql(`
  query TrainingsPage($networkSlug: String) {
    networks {
      id
      slug
      name
      trainingPermissions {
        create
      }
    }
    trainings(upcoming: true, networkSlug: $networkSlug) {
      id
      theme
      ...TrainingCard_training
    }
  }
`);

const isTheme = (value: string | null): value is Theme => !!value && value in THEME_LABELS;

/** /formations?reseau=slug&theme=THEME — the trainings to come that the viewer may see. */
export function TrainingsPage() {
  useDocumentTitle('Formations');
  const [params, setParams] = useSearchParams();
  const networkSlug = params.get('reseau') || null;
  const themeParam = params.get('theme');
  const theme = isTheme(themeParam) ? themeParam : null;
  const { data, loading, error, refetch } = useQuery(TrainingsPageQuery, { variables: { networkSlug } });
  const mayCreate = !!data?.networks.some((network) => network.trainingPermissions.create);
  const trainings = (data?.trainings ?? []).filter((training) => !theme || training.theme === theme);

  function setFilter(name: 'reseau' | 'theme', value: string) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  }

  return (
    <>
      <div>
        <h1>Formations</h1>
        <p className="page-intro">
          Les formations à venir proposées par les réseaux partenaires, ouvertes à leurs membres ou à tous.
        </p>
        {mayCreate && (
          <p>
            <Link to="/formations/nouvelle" className="button button--primary">
              Proposer une formation
            </Link>
          </p>
        )}
      </div>
      <form className="filters filters--compact training-filters" role="search" aria-label="Filtrer les formations">
        <SelectField label="Réseau" value={networkSlug ?? ''} onChange={(value) => setFilter('reseau', value)}>
          <option value="">Tous les réseaux</option>
          {data?.networks.map((network) => (
            <option key={network.id} value={network.slug}>
              {network.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Thème" value={theme ?? ''} onChange={(value) => setFilter('theme', value)}>
          <option value="">Tous les thèmes</option>
          <EnumOptions labels={THEME_LABELS} />
        </SelectField>
      </form>
      <section aria-label="Formations à venir" aria-busy={loading}>
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : trainings.length === 0 ? (
          <p className="empty-state">
            {networkSlug || theme ? 'Aucune formation à venir pour ces critères.' : 'Aucune formation à venir pour le moment.'}
          </p>
        ) : (
          <ul className="card-list training-list">
            {trainings.map((training) => (
              <li key={training.id}>
                <TrainingCard training={training} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
