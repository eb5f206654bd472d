import { Link, useLocation } from 'react-router';
import type { ReturnTo } from '../../accounts/return-path';

/** A meeting the viewer may not see (or that does not exist), said the way the meeting page says it. */
export function PrintNotFound({ signedIn }: { signedIn: boolean }) {
  const location = useLocation();
  return (
    <>
      <h1>Réunion introuvable</h1>
      <p>Cette réunion n’existe pas, ou elle est réservée aux membres de ses réseaux.</p>
      {!signedIn && (
        <p>
          <Link to="/connexion" state={{ from: location.pathname } satisfies ReturnTo}>
            Se connecter
          </Link>{' '}
          pour voir les réunions de vos réseaux.
        </p>
      )}
    </>
  );
}
