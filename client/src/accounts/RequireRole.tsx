import { useQuery } from '@apollo/client/react';
import { Link, Outlet, useLocation } from 'react-router';
import { graphql } from '../gql';
import type { UserRole } from '../gql/graphql';
import { QueryError } from '../app/QueryError';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import type { ReturnTo } from './return-path';

const RequireRoleQuery = graphql(`
  query RequireRole {
    me {
      id
      role
    }
  }
`);

/**
 * Guards the pages below it: a visitor is asked to sign in, a user without the role is told the page
 * is reserved. The API refuses their data anyway; this only saves a refused request and says why.
 */
export function RequireRole({ role }: { role?: UserRole }) {
  const { data, loading, error, refetch } = useQuery(RequireRoleQuery);
  if (loading) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data?.me || (role && data.me.role !== role)) return <AccessRestricted signedIn={!!data?.me} />;
  return <Outlet />;
}

interface AccessRestrictedProps {
  signedIn: boolean;
  /** Why a signed-in user may not see the page. */
  reason?: string;
}

export function AccessRestricted({
  signedIn,
  reason = 'Cette page est réservée à la coordination de la Convention territoriale globale.',
}: AccessRestrictedProps) {
  useDocumentTitle('Accès réservé');
  const location = useLocation();
  return (
    <div className="narrow-page">
      <h1>Accès réservé</h1>
      {signedIn ? (
        <p>{reason}</p>
      ) : (
        <p>
          Cette page est réservée aux partenaires qui ont un compte.{' '}
          <Link to="/connexion" state={{ from: location.pathname + location.search } satisfies ReturnTo}>
            Se connecter
          </Link>
        </p>
      )}
      <p>
        <Link to="/">Revenir à l’accueil</Link>
      </p>
    </div>
  );
}
