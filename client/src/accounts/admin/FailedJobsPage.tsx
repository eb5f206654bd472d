import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { isAccessRefused } from '../../app/form-errors';
import { QueryError } from '../../app/QueryError';
import { useCursorPages } from '../../app/use-cursor-pages';
import { countOf } from '../../ui/format';
import { Pagination } from '../../ui/Pagination';
import { Loading, Notice } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AccessRestricted } from '../RequireRole';
import { FailedJobRow } from './FailedJobRow';

const PAGE_SIZE = 20;

const FailedJobsPageQuery = graphql(`
  query FailedJobsPage($first: Int!, $after: String) {
    failedJobs(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...FailedJobRow_failure
        }
      }
    }
  }
`);

/** Background jobs that used up their retries, latest first, each with a button to run it again. */
export function FailedJobsPage() {
  useDocumentTitle('Tâches en échec – Administration');
  const pages = useCursorPages('apres');
  const { data, loading, error, refetch } = useQuery(FailedJobsPageQuery, {
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const [notice, setNotice] = useState<string>();
  const title = useRef<HTMLHeadingElement>(null);
  const failures = data?.failedJobs;

  function retried(label: string) {
    setNotice(`Tâche « ${label} » relancée.`);
    // Its row, where the focus was, is gone: keep the keyboard user in the list.
    title.current?.focus();
  }

  return (
    <>
      <h1>Tâches en échec</h1>
      <p className="page-intro">
        Les tâches de fond (envoi des courriels, nettoyages de nuit…) qui ont échoué à chacune de leurs tentatives. Une fois la
        cause réglée, relancez-les : chacune a droit à une nouvelle tentative.
      </p>
      <Notice>{notice}</Notice>
      <section aria-labelledby="failures-title" aria-busy={loading}>
        <h2 id="failures-title" ref={title} tabIndex={-1} aria-live="polite">
          {failures
            ? failures.totalCount === 0
              ? 'Aucune tâche en échec'
              : countOf(failures.totalCount, 'tâche en échec', 'tâches en échec')
            : 'Tâches'}
        </h2>
        {loading && <Loading />}
        {error &&
          (isAccessRefused(error) ? <AccessRestricted signedIn /> : <QueryError error={error} onRetry={() => void refetch()} />)}
        {failures && failures.totalCount === 0 && <p>Toutes les tâches de fond ont abouti.</p>}
        {failures && failures.edges.length > 0 && (
          <>
            <div className="table-scroll" role="region" aria-labelledby="failures-title" tabIndex={0}>
              <table className="table table--audit">
                <thead>
                  <tr>
                    <th scope="col">Échec le</th>
                    <th scope="col">Tâche</th>
                    <th scope="col">Erreur</th>
                    <th scope="col">Tentatives</th>
                    <th scope="col">Données</th>
                    <th scope="col">Action</th>
                  </tr>
                </thead>
                <tbody>
                  {failures.edges.map(({ node }) => (
                    <FailedJobRow key={node.id} failure={node} onRetried={retried} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination label="Pages des tâches en échec" pages={pages} connection={failures} pageSize={PAGE_SIZE} />
          </>
        )}
      </section>
    </>
  );
}
