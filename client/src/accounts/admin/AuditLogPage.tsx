import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { isAccessRefused } from '../../app/form-errors';
import { QueryError } from '../../app/QueryError';
import { useCursorPages } from '../../app/use-cursor-pages';
import { EnumOptions } from '../../ui/EnumOptions';
import { countOf } from '../../ui/format';
import { AUDIT_ACTION_LABELS, parseEnum } from '../../ui/labels';
import { Pagination } from '../../ui/Pagination';
import { Loading } from '../../ui/QueryStatus';
import { SelectField } from '../../ui/SelectField';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AccessRestricted } from '../RequireRole';
import { AuditEntryRow } from './AuditEntryRow';

const PAGE_SIZE = 25;
const ACTION_PARAM = 'action';
const PAGE_PARAM = 'apres';

const AuditLogPageQuery = graphql(`
  query AuditLogPage($first: Int!, $after: String, $action: String) {
    auditLog(first: $first, after: $after, action: $action) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...AuditEntryRow_entry
        }
      }
    }
  }
`);

/** Who changed what and when, newest first; the filter and the page are in the URL. */
export function AuditLogPage() {
  useDocumentTitle('Journal des modifications – Administration');
  const [search, setSearch] = useSearchParams();
  const pages = useCursorPages(PAGE_PARAM);
  const action = parseEnum(AUDIT_ACTION_LABELS, search.get(ACTION_PARAM));
  const { data, loading, error, refetch } = useQuery(AuditLogPageQuery, {
    variables: { first: PAGE_SIZE, after: pages.after, action },
  });
  const log = data?.auditLog;

  function filterBy(value: string) {
    const next = new URLSearchParams(search);
    if (value) next.set(ACTION_PARAM, value);
    else next.delete(ACTION_PARAM);
    next.delete(PAGE_PARAM);
    setSearch(next);
  }

  return (
    <>
      <h1>Journal des modifications</h1>
      <p className="page-intro">
        Chaque modification réussie laisse une trace : qui, quoi, sur quel objet, avec quels arguments (mots de passe et jetons
        masqués).
      </p>
      <div className="filters filters--compact">
        <SelectField label="Action" value={action ?? ''} onChange={filterBy}>
          <option value="">Toutes les actions</option>
          <EnumOptions labels={AUDIT_ACTION_LABELS} />
        </SelectField>
      </div>
      <section aria-labelledby="audit-title" aria-busy={loading}>
        <h2 id="audit-title" aria-live="polite">
          {log ? (log.totalCount === 0 ? 'Aucune entrée' : countOf(log.totalCount, 'entrée', 'entrées')) : 'Entrées'}
        </h2>
        {loading && <Loading />}
        {error &&
          (isAccessRefused(error) ? <AccessRestricted signedIn /> : <QueryError error={error} onRetry={() => void refetch()} />)}
        {log && log.edges.length > 0 && (
          <>
            <div className="table-scroll" role="region" aria-labelledby="audit-title" tabIndex={0}>
              <table className="table table--audit">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Action</th>
                    <th scope="col">Auteur</th>
                    <th scope="col">Objet</th>
                    <th scope="col">Détails</th>
                  </tr>
                </thead>
                <tbody>
                  {log.edges.map(({ node }) => (
                    <AuditEntryRow key={node.id} entry={node} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination label="Pages du journal" pages={pages} connection={log} pageSize={PAGE_SIZE} />
          </>
        )}
      </section>
    </>
  );
}
