import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import type { CertificatePageQuery as CertificatePageData } from '../gql/graphql';
import { QueryError } from '../app/QueryError';
import { Loading } from '../ui/QueryStatus';
import { formatClock, formatWeekdayDay } from '../ui/paris-time';
import { useDocumentTitle } from '../ui/use-document-title';
import { formatHours, sessionWhere } from './training-labels';
import { sessionPlaceOf } from './session-place';
import '../meetings/agenda/print.css';
import './certificate.css';

const CertificatePageQuery = graphql(`
  query CertificatePage($registrationId: ID!) {
    trainingCertificate(registrationId: $registrationId) {
      hours
      issuedOn
      registration {
        id
      }
      person {
        id
        firstName
        lastName
        organization {
          id
          name
        }
      }
      training {
        id
        title
        trainer
        networks {
          id
          name
        }
        organizer {
          id
          name
          commune {
            inseeCode
            name
          }
        }
      }
      sessions {
        id
        ...SessionPlace_session
      }
    }
  }
`);

const LONG_DAY = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
/** « 30 novembre 2026 » for a calendar day 'yyyy-MM-dd'. */
const formatDay = (day: string) => LONG_DAY.format(new Date(`${day}T00:00:00Z`)).replace(/^1 /, '1er ');

/** /formations/attestations/:registrationId — « Attestation de présence », to print or save as PDF. */
export function CertificatePage() {
  const { registrationId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CertificatePageQuery, {
    variables: { registrationId },
    fetchPolicy: 'network-only',
  });
  const certificate = data?.trainingCertificate;
  useDocumentTitle(certificate ? `Attestation – ${certificate.person.firstName} ${certificate.person.lastName}` : 'Attestation');
  return (
    <div className="print-page">
      <nav className="print-toolbar" aria-label="Document à imprimer">
        {certificate ? (
          <Link to={`/formations/${certificate.training.id}`}>← Retour à la formation</Link>
        ) : (
          <Link to="/formations">← Formations</Link>
        )}
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          Imprimer
        </button>
      </nav>
      <main id="contenu" className="print-sheet certificate">
        {loading && !data ? (
          <Loading />
        ) : error && !data ? (
          <QueryError error={error} onRetry={() => void refetch()} />
        ) : !certificate ? (
          <div className="narrow-page">
            <h1>Attestation introuvable</h1>
            <p>
              Seuls la personne formée, les animateurs des réseaux de la formation et la coordination voient cette attestation.
            </p>
          </div>
        ) : (
          <Certificate certificate={certificate} />
        )}
      </main>
    </div>
  );
}

type CertificateData = NonNullable<CertificatePageData['trainingCertificate']>;

function Certificate({ certificate }: { certificate: CertificateData }) {
  const { person, training } = certificate;
  const sessions = certificate.sessions.map(sessionPlaceOf);
  const place = training.organizer?.commune?.name ?? sessions.find((session) => session.commune)?.commune?.name;
  return (
    <>
      <header className="print-header">
        <p className="print-header__body">{training.networks.map((network) => network.name).join(' · ')}</p>
        <h1>Attestation de présence</h1>
      </header>
      <p className="certificate__statement">
        {training.organizer ? <>{training.organizer.name} atteste que </> : <>Nous attestons que </>}
        <strong className="certificate__person">
          {person.firstName} {person.lastName}
        </strong>
        {person.organization && <> ({person.organization.name})</>} a suivi la formation{' '}
        <strong className="certificate__training">« {training.title} »</strong>
        {training.trainer && <>, animée par {training.trainer}</>}.
      </p>
      <h2>Séances suivies</h2>
      {sessions.length === 0 ? (
        <p>Aucune présence n’est enregistrée pour cette inscription.</p>
      ) : (
        <table className="table certificate__sessions">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Horaires (heure de Paris)</th>
              <th scope="col">Lieu</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id}>
                <td>{formatWeekdayDay(session.startsAt)}</td>
                <td>
                  {formatClock(session.startsAt)} – {formatClock(session.endsAt)}
                </td>
                <td>{sessionWhere(session)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="certificate__total">
        Durée totale : <strong>{formatHours(certificate.hours)}</strong>
      </p>
      <p className="certificate__signature">
        Fait {place ? `à ${place}, ` : ''}le {formatDay(certificate.issuedOn)}.
      </p>
      <p className="certificate__stamp">Signature et cachet{training.organizer ? ` — ${training.organizer.name}` : ''}</p>
    </>
  );
}
