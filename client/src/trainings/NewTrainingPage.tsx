import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { AccessRestricted } from '../accounts/RequireRole';
import { formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { QueryError } from '../app/QueryError';
import { FormAlert, Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { TRAINING_FIELDS, TrainingFields, useTrainingFormOptions } from './TrainingFields';
import { useCreateTrainingMutation, useOrganizationSlug } from './training-edit-mutations';
import {
  capacityOf,
  emptyTraining,
  isSessionError,
  sessionInputOf,
  trainingFieldsOf,
  type SessionError,
  type TrainingDraft,
} from './training-form';
import './trainings.css';

/** /formations/nouvelle — for those the API lets offer a training to at least one network. */
export function NewTrainingPage() {
  useDocumentTitle('Proposer une formation');
  const { data, loading, error, refetch } = useTrainingFormOptions();
  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const options = data.networks
    .filter((network) => network.trainingPermissions.create)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  if (options.length === 0) {
    return (
      <AccessRestricted
        signedIn={!!data.me}
        reason="Seuls les animateurs d’un réseau (et la coordination) proposent des formations."
      />
    );
  }
  return (
    <div className="training-edit-page">
      <p className="detail__breadcrumb">
        <Link to="/formations">Formations</Link>
      </p>
      <h1>Proposer une formation</h1>
      <NewTrainingForm networkOptions={options} territory={data.territory} />
    </div>
  );
}

interface FormProps {
  networkOptions: Array<{ slug: string; name: string }>;
  territory: Parameters<typeof TrainingFields>[0]['territory'];
}

function NewTrainingForm({ networkOptions, territory }: FormProps) {
  const navigate = useNavigate();
  const [create, { loading }] = useCreateTrainingMutation();
  const organizationSlug = useOrganizationSlug();
  // With one network to choose from, it is already chosen.
  const [draft, setDraft] = useState<TrainingDraft>(() =>
    emptyTraining(networkOptions.length === 1 ? [networkOptions[0].slug] : []),
  );
  const [error, setError] = useState<FormError>();
  const [sessionError, setSessionError] = useState<SessionError>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error ?? sessionError);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setSessionError(undefined);
    const capacity = capacityOf(draft);
    if (typeof capacity !== 'number') return setError(capacity);
    const sessions = draft.sessions.map(sessionInputOf);
    const wrong = sessions.find(isSessionError);
    if (wrong) return setSessionError(wrong);
    try {
      const organizerSlug = draft.organizer ? (draft.organizer.slug ?? (await organizationSlug(draft.organizer.id))) : null;
      const input = {
        ...trainingFieldsOf(draft, capacity, organizerSlug),
        sessions: sessions.flatMap((s) => (isSessionError(s) ? [] : [s])),
      };
      const { data } = await create(input);
      if (data) navigate(`/formations/${data.createTraining.id}`, { state: { created: true } });
    } catch (caught) {
      const failure = formErrorOf(caught);
      if (failure.field === 'sessions') setSessionError(rowAtFault(draft, failure));
      else setError(failure);
    }
  }

  return (
    <form ref={form} className="form-card training-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert message={formLevelError(error, TRAINING_FIELDS)} />
      <TrainingFields
        value={draft}
        onChange={setDraft}
        networkOptions={networkOptions}
        territory={territory}
        error={error}
        sessionError={sessionError}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Proposer la formation
        </button>
        <Link to="/formations" className="button">
          Annuler
        </Link>
      </div>
    </form>
  );
}

/**
 * The API checks the sessions of a new training together and names no row: the first one that ends
 * before its start (or lasts over 12 hours) is the one its refusal is about.
 */
function rowAtFault(draft: TrainingDraft, failure: FormError): SessionError {
  const row = draft.sessions.findIndex((session) => {
    const input = sessionInputOf(session, 0);
    if (isSessionError(input)) return false;
    const length = Date.parse(input.endsAt) - Date.parse(input.startsAt);
    return length <= 0 || length > 12 * 3600_000;
  });
  return row < 0 ? failure : { ...failure, row, field: 'endsAt' };
}
