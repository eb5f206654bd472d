import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { QueryError } from '../app/QueryError';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';

interface Props {
  loading: boolean;
  error: unknown;
  refetch: () => void;
  /** The network's name once loaded; null when no network has this address. */
  networkName: string | null | undefined;
  children: ReactNode;
}

/** The loading, error and not-found states shared by the calendar's views. */
export function CalendarFrame({ loading, error, refetch, networkName, children }: Props) {
  useDocumentTitle(networkName ? `Réunions – ${networkName}` : networkName === null ? 'Réseau introuvable' : 'Réunions');
  if (error) return <QueryError error={error} onRetry={refetch} />;
  if (loading && networkName === undefined) return <Loading />;
  if (networkName === null) {
    return (
      <>
        <h1>Réseau introuvable</h1>
        <p>
          Aucun réseau ne porte cette adresse. <Link to="/reseaux/matrice">Voir tous les réseaux</Link>
        </p>
      </>
    );
  }
  return <>{children}</>;
}
