import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { graphql } from '../gql';
import { isAccessRefused } from '../app/form-errors';
import { QueryError } from '../app/QueryError';
import { StaleServices } from '../directory/StaleServices';
import { Loading, Notice } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { AccountSummary } from './AccountSummary';
import { ErasureRequestForm } from './ErasureRequestForm';
import { PersonalDataDownload } from './PersonalDataDownload';

const AccountPageQuery = graphql(`
  query AccountPage {
    me {
      id
      role
      person {
        id
        organization {
          id
        }
      }
      ...AccountSummary_user
    }
    servicesToUpdate {
      id
      ...StaleService_service
    }
    myErasureRequests {
      id
      status
      requestedAt
    }
  }
`);

/** "Mon compte" and "Mes données" (under RequireRole: only signed-in users get here). */
export function AccountPage() {
  useDocumentTitle('Mon compte');
  const { data, loading, error, refetch } = useQuery(AccountPageQuery);
  const location = useLocation();
  const welcome = (location.state as { welcome?: boolean } | null)?.welcome === true;

  // "Mes données" in the account menu points at #mes-donnees: go there once the page is drawn.
  useEffect(() => {
    if (!data || location.hash !== '#mes-donnees') return;
    const heading = document.getElementById('mes-donnees-title');
    heading?.scrollIntoView();
    heading?.focus();
  }, [data, location.hash]);

  if (loading) return <Loading />;
  // Signing out from this page: the guard above now asks to sign in; nothing to say here.
  if (error) return isAccessRefused(error) ? null : <QueryError error={error} onRetry={() => void refetch()} />;
  const me = data?.me;
  if (!me) return null;
  const isAdmin = me.role === 'ADMIN';

  return (
    <div className="account-page">
      <h1>Mon compte</h1>
      {welcome && <Notice>Bienvenue dans Maillage : votre compte est créé et vous êtes connecté.</Notice>}
      <section className="panel" aria-labelledby="account-title">
        <h2 id="account-title">Mes informations</h2>
        <AccountSummary user={me} />
      </section>

      {(isAdmin || me.person?.organization) && (
        <section className="panel" aria-labelledby="stale-title">
          <h2 id="stale-title">À mettre à jour</h2>
          <p className="panel__intro">
            {isAdmin
              ? 'Les services de toutes les structures qui n’ont pas été vérifiés depuis plus d’un an.'
              : 'Les services de votre structure qui n’ont pas été vérifiés depuis plus d’un an : sont-ils toujours exacts ?'}
          </p>
          <StaleServices services={data.servicesToUpdate} showOrganization={isAdmin} />
        </section>
      )}

      <section className="panel" aria-labelledby="mes-donnees-title" id="mes-donnees">
        <h2 id="mes-donnees-title" tabIndex={-1}>
          Mes données
        </h2>
        <p className="panel__intro">
          Maillage conserve votre compte, votre fiche dans l’annuaire, vos adhésions aux réseaux, vos connexions et les
          modifications que vous avez faites. Vous pouvez en obtenir une copie à tout moment.
        </p>
        <PersonalDataDownload />
        <h3 className="panel__subtitle">Demander l’effacement</h3>
        <ErasureRequestForm latest={data.myErasureRequests[0]} />
      </section>
    </div>
  );
}
