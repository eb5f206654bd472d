import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ErasureStatus } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { formatDay } from '../ui/format';
import { ERASURE_STATUS_LABELS } from '../ui/labels';
import { FormAlert } from '../ui/QueryStatus';
import { FieldError, TextField } from '../ui/TextField';

const RequestErasureMutation = graphql(`
  mutation RequestErasure($reason: String) {
    requestErasure(reason: $reason) {
      id
      status
      requestedAt
    }
  }
`);

function useRequestErasureMutation() {
  const [mutate, { loading, data }] = useMutation(RequestErasureMutation);
  const request = (reason: string | null) => mutate({ variables: { reason } });
  return [request, { loading, request: data?.requestErasure }] as const;
}

const FIELDS = ['reason', 'confirmed'] as const;

interface ErasureRequestSummary {
  status: ErasureStatus;
  requestedAt: string;
}

/** GDPR art. 17: the user asks; the coordination anonymises the account and the person, or refuses with a reason. */
export function ErasureRequestForm({ latest }: { latest?: ErasureRequestSummary }) {
  const [requestErasure, { loading, request: sent }] = useRequestErasureMutation();
  // A request sent earlier (another visit) and still pending shows instead of the form.
  const request = sent ?? (latest?.status === 'PENDING' ? latest : undefined);
  const [reason, setReason] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState<FormError>();
  const form = useRef<HTMLFormElement>(null);
  const confirmationErrorId = useId();
  useFocusOnError(form, error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!confirmed) {
      return setError({ field: 'confirmed', message: 'Cochez la case pour confirmer votre demande.' });
    }
    setError(undefined);
    try {
      await requestErasure(reason.trim() || null);
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  if (request) {
    return (
      <div className="status-card" role="status">
        <p>
          <strong>Demande d’effacement envoyée le {formatDay(request.requestedAt)}</strong> — statut :{' '}
          {ERASURE_STATUS_LABELS[request.status]}.
        </p>
        <p>La coordination de la Convention territoriale globale va la traiter ; votre compte reste ouvert d’ici là.</p>
      </div>
    );
  }

  const confirmationError = errorFor(error, 'confirmed');
  return (
    <form ref={form} className="form-card" noValidate onSubmit={submit}>
      {latest?.status === 'REFUSED' && (
        <p>
          Votre demande du {formatDay(latest.requestedAt)} a été refusée par la coordination ; vous pouvez en faire une nouvelle.
        </p>
      )}
      <FormAlert message={formLevelError(error, FIELDS)} />
      <TextField
        label="Motif (facultatif)"
        rows={3}
        maxLength={1000}
        value={reason}
        onChange={setReason}
        error={errorFor(error, 'reason')}
      />
      <div className={`field${confirmationError ? ' field--invalid' : ''}`}>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={confirmed}
            onChange={(event) => setConfirmed(event.target.checked)}
            aria-invalid={confirmationError ? true : undefined}
            aria-describedby={confirmationError ? confirmationErrorId : undefined}
          />
          Je demande l’effacement de mes données : mon compte sera fermé et mon nom, mon adresse e-mail et mon téléphone retirés
          de l’annuaire.
        </label>
        <FieldError id={confirmationErrorId} message={confirmationError} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--danger" disabled={loading}>
          Demander l’effacement de mes données
        </button>
      </div>
    </form>
  );
}
