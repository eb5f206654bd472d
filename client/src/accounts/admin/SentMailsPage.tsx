import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { isAccessRefused } from '../../app/form-errors';
import { QueryError } from '../../app/QueryError';
import { useCursorPages } from '../../app/use-cursor-pages';
import { countOf } from '../../ui/format';
import { Pagination } from '../../ui/Pagination';
import { Loading } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/use-document-title';
import { AccessRestricted } from '../RequireRole';
import { SentMailRow } from './SentMailRow';

const PAGE_SIZE = 25;

const SentMailsPageQuery = graphql(`
  query SentMailsPage($first: Int!, $after: String) {
    sentMails(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...SentMailRow_mail
        }
      }
    }
  }
`);

/** The outbox, newest first: what Maillage sent, or kept when no mail server is configured. */
export function SentMailsPage() {
  useDocumentTitle('Courriels envoyés – Administration');
  const pages = useCursorPages('apres');
  const { data, loading, error, refetch } = useQuery(SentMailsPageQuery, {
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const mails = data?.sentMails;

  return (
    <>
      <h1>Courriels envoyés</h1>
      <p className="page-intro">
        Chaque courriel de Maillage (invitations, rappels…) est d’abord enregistré ici, puis envoyé. Sans serveur d’envoi
        configuré, il reste ici : ouvrez-le pour lire son texte et transmettre ses liens.
      </p>
      <section aria-labelledby="mails-title" aria-busy={loading}>
        <h2 id="mails-title" aria-live="polite">
          {mails ? (mails.totalCount === 0 ? 'Aucun courriel' : countOf(mails.totalCount, 'courriel', 'courriels')) : 'Courriels'}
        </h2>
        {loading && <Loading />}
        {error &&
          (isAccessRefused(error) ? <AccessRestricted signedIn /> : <QueryError error={error} onRetry={() => void refetch()} />)}
        {mails && mails.edges.length > 0 && (
          <>
            <div className="table-scroll" role="region" aria-labelledby="mails-title" tabIndex={0}>
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Destinataire</th>
                    <th scope="col">Objet</th>
                    <th scope="col">État</th>
                  </tr>
                </thead>
                <tbody>
                  {mails.edges.map(({ node }) => (
                    <SentMailRow key={node.id} mail={node} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination label="Pages des courriels" pages={pages} connection={mails} pageSize={PAGE_SIZE} />
          </>
        )}
      </section>
    </>
  );
}
