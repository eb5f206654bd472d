import { useRef, useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { QueryError } from '../app/QueryError';
import { reasonOf } from '../meetings/meeting-form';
import { FormAlert, Loading } from '../ui/QueryStatus';
import { TRAINING_FIELDS, TrainingFields, useTrainingFormOptions } from './TrainingFields';
import { useOrganizationSlug, useTrainingSessionMutations, useUpdateTrainingMutation } from './training-edit-mutations';
import {
  capacityOf,
  changedFields,
  draftOf,
  isSessionError,
  sessionChangesOf,
  trainingFieldsOf,
  type SessionDraft,
  type SessionError,
  type TrainingDraft,
} from './training-form';

export const EditTrainingFragment = graphql(`
  fragment EditTraining_training on Training {
    id
    version
    title
    description
    theme
    audiences
    trainer
    capacity
    isPublic
    networks {
      id
      slug
      name
    }
    organizer {
      id
      slug
      name
    }
    sessions {
      id
      startsAt
      endsAt
      place
      onlineUrl
      commune {
        inseeCode
      }
    }
  }
`);

interface Props {
  training: FragmentType<typeof EditTrainingFragment>;
  /** Reloads the training (its newer version) after a concurrent edit. */
  reload: () => Promise<unknown>;
  onClose: (notice?: string) => void;
}

/**
 * Edits a training on the version it was read at: its fields first (the API refuses a stale copy,
 * STALE_VERSION, and nothing is changed), then its sessions, each with its own mutation. The form
 * keeps what was saved when a later step is refused, so that saving again only sends the rest.
 */
export function EditTraining({ training: trainingRef, reload, onClose }: Props) {
  const training = getFragmentData(EditTrainingFragment, trainingRef);
  const { data, loading, error, refetch } = useTrainingFormOptions();
  const [update, { loading: saving }] = useUpdateTrainingMutation();
  const sessions = useTrainingSessionMutations();
  const organizationSlug = useOrganizationSlug();
  const [base, setBase] = useState(() => draftOf(training));
  const [draft, setDraft] = useState<TrainingDraft>(base);
  const [stale, setStale] = useState(false);
  const [formError, setFormError] = useState<FormError>();
  const [sessionError, setSessionError] = useState<SessionError>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, formError ?? sessionError);

  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  const own = new Set(training.networks.map((network) => network.slug));
  const networkOptions = (data?.networks ?? [])
    .filter((network) => network.trainingPermissions.create || own.has(network.slug))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));

  async function save() {
    const capacity = capacityOf(draft);
    if (typeof capacity !== 'number') return setFormError(capacity);
    const changes = sessionChangesOf(base.sessions, draft.sessions);
    if (isSessionError(changes)) return setSessionError(changes);
    const organizerSlug = draft.organizer ? (draft.organizer.slug ?? (await organizationSlug(draft.organizer.id))) : null;
    const fields = changedFields(
      trainingFieldsOf(base, Number(base.capacity), base.organizer?.slug ?? null),
      trainingFieldsOf(draft, capacity, organizerSlug),
    );
    const sessionCount = changes.added.length + changes.updated.length + changes.removed.length;
    if (Object.keys(fields).length === 0 && sessionCount === 0) return onClose('Aucune modification.');
    // Always sent, even with no field changed: it is what refuses an edit made on a stale copy.
    await update(training.id, training.version, fields);
    let saved: TrainingDraft = {
      ...draft,
      organizer: draft.organizer && { ...draft.organizer, slug: organizerSlug ?? undefined },
      sessions: base.sessions,
    };
    let rows: SessionDraft[] = draft.sessions;
    const step = async (row: number | undefined, run: () => Promise<void>) => {
      try {
        await run();
      } catch (caught) {
        const failure = formErrorOf(caught);
        setBase(saved);
        setDraft({ ...saved, sessions: rows });
        throw Object.assign(new Error(failure.message), {
          sessionError: { ...failure, row, field: failure.field === 'sessions' ? 'endsAt' : failure.field },
        });
      }
    };
    // Added first, removed last: the API keeps a training from losing its last session.
    for (const { row, input } of changes.added) {
      await step(row, async () => {
        const { data: added } = await sessions.add(training.id, input);
        const id = added?.addTrainingSession.id;
        rows = rows.map((session, i) => (i === row ? { ...session, id } : session));
        saved = { ...saved, sessions: [...saved.sessions, rows[row]] };
      });
    }
    for (const { row, id, input } of changes.updated) {
      await step(row, async () => {
        await sessions.update(id, input);
        saved = { ...saved, sessions: saved.sessions.map((session) => (session.id === id ? rows[row] : session)) };
      });
    }
    for (const id of changes.removed) {
      await step(undefined, async () => {
        await sessions.remove(id);
        saved = { ...saved, sessions: saved.sessions.filter((session) => session.id !== id) };
      });
    }
    onClose('Formation modifiée.');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(undefined);
    setSessionError(undefined);
    setBusy(true);
    try {
      await save();
    } catch (caught) {
      if (caught && typeof caught === 'object' && 'sessionError' in caught) setSessionError(caught.sessionError as SessionError);
      else if (reasonOf(caught) === 'STALE_VERSION') {
        setFormError(formErrorOf(caught));
        setStale(true);
        await reload();
      } else {
        const failure = formErrorOf(caught);
        if (failure.field === 'sessions') setSessionError(failure);
        else setFormError(failure);
      }
    } finally {
      setBusy(false);
    }
  }

  function startOver() {
    const current = draftOf(training);
    setBase(current);
    setDraft(current);
    setStale(false);
    setFormError(undefined);
  }

  return (
    <form ref={form} className="form-card training-form" noValidate onSubmit={(event) => void submit(event)}>
      <h2>Modifier la formation</h2>
      <FormAlert message={formLevelError(formError, TRAINING_FIELDS)} />
      <TrainingFields
        value={draft}
        onChange={setDraft}
        networkOptions={networkOptions}
        territory={data?.territory}
        error={formError}
        sessionError={sessionError}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={busy || saving}>
          {stale ? 'Réappliquer mes modifications' : 'Enregistrer les modifications'}
        </button>
        {stale && (
          <button type="button" className="button" onClick={startOver}>
            Repartir des valeurs actuelles
          </button>
        )}
        <button type="button" className="button" onClick={() => onClose()}>
          Fermer
        </button>
      </div>
    </form>
  );
}
