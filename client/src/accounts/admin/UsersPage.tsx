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
import { InviteUserForm } from './InviteUserForm';
import { PendingInvitations } from './PendingInvitations';
import { UserRow } from './UserRow';

const PAGE_SIZE = 20;

const UsersPageQuery = graphql(`
  query UsersPage($first: Int!, $after: String) {
    me {
      id
    }
    users(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...UserRow_user
        }
      }
    }
    pendingInvitations {
      id
      ...PendingInvitation_invitation
    }
  }
`);

export function UsersPage() {
  useDocumentTitle('Utilisateurs – Administration');
  const pages = useCursorPages('apres');
  const { data, loading, error, refetch } = useQuery(UsersPageQuery, {
    variables: { first: PAGE_SIZE, after: pages.after },
  });
  const users = data?.users;

  return (
    <>
      <h1>Utilisateurs</h1>
      <section className="panel" aria-labelledby="invite-title">
        <h2 id="invite-title">Inviter une personne</h2>
        <InviteUserForm />
      </section>
      {loading && <Loading />}
      {error &&
        (isAccessRefused(error) ? <AccessRestricted signedIn /> : <QueryError error={error} onRetry={() => void refetch()} />)}
      {data && (
        <section className="panel" aria-labelledby="pending-title">
          <h2 id="pending-title">Invitations en attente</h2>
          <PendingInvitations invitations={data.pendingInvitations} />
        </section>
      )}
      {users && (
        <section aria-labelledby="users-title">
          <h2 id="users-title">{countOf(users.totalCount, 'compte', 'comptes')}</h2>
          <div className="table-scroll" role="region" aria-labelledby="users-title" tabIndex={0}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Utilisateur</th>
                  <th scope="col">Structure</th>
                  <th scope="col">Rôle</th>
                  <th scope="col">État</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {users.edges.map(({ node }) => (
                  <UserRow key={node.id} user={node} isSelf={node.id === data.me?.id} />
                ))}
              </tbody>
            </table>
          </div>
          <Pagination label="Pages des utilisateurs" pages={pages} connection={users} pageSize={PAGE_SIZE} />
        </section>
      )}
    </>
  );
}
