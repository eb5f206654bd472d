import { useReactiveVar } from '@apollo/client/react';
import { serverReachable } from './connection-link';

/** Says, politely and once, that the server is away and reads will come back by themselves. */
export function ConnectionBanner() {
  const reachable = useReactiveVar(serverReachable);
  return (
    <div role="status" aria-live="polite" className="connection-banner" hidden={reachable}>
      {!reachable && 'Connexion au serveur perdue — nouvelle tentative en cours… Vos pages se rechargeront dès son retour.'}
    </div>
  );
}
