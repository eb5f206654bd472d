import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql';
import type { TrainingRegistrationState_TrainingFragment } from '../gql/graphql';
import { errorMessage } from '../app/error-message';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { formatShortDay } from '../ui/paris-time';
import { TrainingRegistrationStateFragment, useCancelRegistrationMutation } from './training-mutations';

type Registration = TrainingRegistrationState_TrainingFragment['registrations'][number];

const fullName = (registration: Registration) => `${registration.person.firstName} ${registration.person.lastName}`;

/** For its managers: who has a seat, the waitlist in its order, who cancelled; a cancel button and a certificate link each. */
export function TrainingRegistrations(props: { training: FragmentType<typeof TrainingRegistrationStateFragment> }) {
  const training = getFragmentData(TrainingRegistrationStateFragment, props.training);
  const [cancel, { loading }] = useCancelRegistrationMutation();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const confirmed = training.registrations.filter((registration) => registration.status === 'CONFIRMED');
  const waitlisted = training.registrations
    .filter((registration) => registration.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const cancelled = training.registrations.filter((registration) => registration.status === 'CANCELLED');

  async function cancelOne(registration: Registration) {
    setError(undefined);
    setNotice(undefined);
    try {
      await cancel(registration.id);
      setNotice(`Inscription de ${fullName(registration)} annulée.`);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  const row = (registration: Registration, extra?: string) => (
    <li key={registration.id} className="registration-row">
      <span className="registration-row__who">
        {extra && <span className="registration-row__rank">{extra} </span>}
        <strong>{fullName(registration)}</strong>
        {registration.person.organization && <span className="training-meta"> — {registration.person.organization.name}</span>}
        <span className="training-meta"> · inscrit·e le {formatShortDay(registration.createdAt)}</span>
      </span>
      <span className="registration-row__actions">
        {registration.status === 'CONFIRMED' && (
          <Link to={`/formations/attestations/${registration.id}`}>
            Attestation<span className="visually-hidden"> de {fullName(registration)}</span>
          </Link>
        )}
        {registration.viewerCan.cancel && (
          <ConfirmButton
            className="button button--small"
            title={`Annuler l’inscription de ${fullName(registration)} ?`}
            message={
              registration.status === 'CONFIRMED' ? 'Sa place ira à la première personne de la liste d’attente.' : undefined
            }
            confirmLabel="Annuler l’inscription"
            disabled={loading}
            onConfirm={() => void cancelOne(registration)}
          >
            Annuler<span className="visually-hidden"> l’inscription de {fullName(registration)}</span>
          </ConfirmButton>
        )}
      </span>
    </li>
  );

  return (
    <section aria-labelledby="registrations-title" className="training-registrations">
      <h3 id="registrations-title">Inscriptions</h3>
      <FormAlert message={error} />
      <Notice>{notice}</Notice>
      <h4>Inscrits ({confirmed.length})</h4>
      {confirmed.length ? <ul className="plain-list">{confirmed.map((r) => row(r))}</ul> : <p>Personne pour l’instant.</p>}
      <h4>Liste d’attente ({waitlisted.length})</h4>
      {waitlisted.length ? (
        <ol className="plain-list">{waitlisted.map((r) => row(r, `${r.waitlistPosition}.`))}</ol>
      ) : (
        <p>Personne n’attend.</p>
      )}
      {cancelled.length > 0 && (
        <>
          <h4>Annulées ({cancelled.length})</h4>
          <ul className="plain-list registration-list--cancelled">{cancelled.map((r) => row(r))}</ul>
        </>
      )}
    </section>
  );
}
