import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { isAccessRefused } from '../../app/form-errors';
import { QueryError } from '../../app/QueryError';
import { EnumOptions } from '../../ui/EnumOptions';
import { ERASURE_STATUS_LABELS, parseEnum } from '../../ui/labels';
import { Loading } from '../../ui/QueryStatus';
import { SelectField } from '../../ui/SelectField';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AccessRestricted } from '../RequireRole';
import { ErasureRequestItem } from './ErasureRequestItem';

const STATUS_PARAM = 'statut';
/** `?statut=tous` lists every request; without it, the pending ones (what there is to do). */
const ALL = 'tous';

const ErasureRequestsPageQuery = graphql(`
  query ErasureRequestsPage($status: ErasureStatus) {
    erasureRequests(status: $status) {
      id
      ...ErasureRequestItem_request
    }
  }
`);

export function ErasureRequestsPage() {
  useDocumentTitle('Demandes d’effacement – Administration');
  const [search, setSearch] = useSearchParams();
  const raw = search.get(STATUS_PARAM);
  const status = raw === ALL ? undefined : (parseEnum(ERASURE_STATUS_LABELS, raw) ?? 'PENDING');
  const { data, loading, error, refetch } = useQuery(ErasureRequestsPageQuery, { variables: { status } });

  return (
    <>
      <h1>Demandes d’effacement</h1>
      <p className="page-intro">
        Les personnes qui demandent l’effacement de leurs données (RGPD, article 17). Les effacer ferme leur compte et anonymise
        leur fiche ; l’historique des actions reste, sans leur nom.
      </p>
      <div className="filters filters--compact">
        <SelectField
          label="Statut"
          value={status ?? ALL}
          onChange={(value) => setSearch(value === 'PENDING' ? {} : { [STATUS_PARAM]: value })}
        >
          <EnumOptions labels={ERASURE_STATUS_LABELS} />
          <option value={ALL}>Toutes les demandes</option>
        </SelectField>
      </div>
      <section aria-labelledby="erasure-title" aria-busy={loading}>
        <h2 id="erasure-title" className="visually-hidden">
          Demandes
        </h2>
        {loading && <Loading />}
        {error &&
          (isAccessRefused(error) ? <AccessRestricted signedIn /> : <QueryError error={error} onRetry={() => void refetch()} />)}
        {data && data.erasureRequests.length === 0 && (
          <p>{status === 'PENDING' ? 'Aucune demande en attente.' : 'Aucune demande.'}</p>
        )}
        {data && data.erasureRequests.length > 0 && (
          <ul className="card-list">
            {data.erasureRequests.map((request) => (
              <li key={request.id}>
                <ErasureRequestItem request={request} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
