import { useRef, useState, type FormEvent } from 'react';
import type { ActionStatus } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { EnumOptions } from '../ui/EnumOptions';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { reasonOf } from '../meetings/meeting-form';
import { ACTION_STATUS_LABELS } from './roadmap-labels';
import { useUpdateRoadmapActionMutation } from './roadmap-mutations';

interface Props {
  actionId: string;
  status: ActionStatus;
  /** The revision of the history on screen: the server refuses the update if another one landed since. */
  revision: number;
  /** Asks the action again (its history), after someone else's update came first. */
  onStale: () => Promise<unknown>;
}

/** « Mettre à jour l’action »: a status and a comment, added to the history. */
export function ActionUpdateForm({ actionId, status: current, revision, onStale }: Props) {
  const [status, setStatus] = useState<ActionStatus>(current);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState('');
  const [update, { loading }] = useUpdateRoadmapActionMutation();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setNotice('');
    try {
      await update(actionId, status, comment.trim() || null, revision);
      setComment('');
      setNotice('Mise à jour enregistrée.');
    } catch (caught) {
      // Someone else's update came first: show theirs, keep the comment typed to send it again.
      if (reasonOf(caught) === 'STALE_REVISION') await onStale().catch(() => undefined);
      setError(formErrorOf(caught));
    }
  }

  return (
    <form
      ref={form}
      className="form-card action-update-form"
      aria-labelledby="action-update-title"
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id="action-update-title">Mettre à jour l’action</h2>
      <FormAlert message={formLevelError(error, ['status', 'comment'])} />
      <SelectField
        label="Statut"
        value={status}
        onChange={(value) => setStatus(value as ActionStatus)}
        error={errorFor(error, 'status')}
      >
        <EnumOptions labels={ACTION_STATUS_LABELS} />
      </SelectField>
      <TextField
        label="Commentaire"
        hint="Ce qui a été fait, décidé ou reporté : il s’ajoute à l’historique, daté et signé."
        value={comment}
        onChange={setComment}
        rows={4}
        maxLength={2000}
        error={errorFor(error, 'comment')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Enregistrer la mise à jour
        </button>
      </div>
      <Notice>{notice}</Notice>
    </form>
  );
}
