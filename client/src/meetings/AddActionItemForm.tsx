import { useRef, useState, type FormEvent } from 'react';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { useAddActionItemMutation } from './meeting-mutations';
import { personName } from './person-name';

const FIELDS = ['title', 'ownerId', 'dueOn'];

interface Props {
  meetingId: string;
  /** The owner is chosen among the meeting's invitees. */
  invitees: Array<{ id: string; firstName: string; lastName: string }>;
}

export function AddActionItemForm({ meetingId, invitees }: Props) {
  const [add, { loading }] = useAddActionItemMutation();
  const [title, setTitle] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const people = [...invitees].sort(
    (a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'),
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(undefined);
    if (title.trim().length < 3) return setError({ field: 'title', message: 'Décrivez l’action en 3 caractères au moins.' });
    setError(undefined);
    try {
      await add(meetingId, { title: title.trim(), ownerId: ownerId || null, dueOn: dueOn || null });
      setTitle('');
      setOwnerId('');
      setDueOn('');
      setNotice('Action ajoutée.');
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card add-action-item" noValidate onSubmit={(event) => void submit(event)}>
      <h3>Ajouter une action</h3>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <div className="form-grid">
        <TextField
          label="Action"
          name="title"
          maxLength={300}
          value={title}
          onChange={setTitle}
          error={errorFor(error, 'title')}
        />
        <SelectField label="Responsable" value={ownerId} onChange={setOwnerId} error={errorFor(error, 'ownerId')}>
          <option value="">Personne en particulier</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {personName(person)}
            </option>
          ))}
        </SelectField>
        <TextField type="date" label="Échéance" name="dueOn" value={dueOn} onChange={setDueOn} error={errorFor(error, 'dueOn')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Ajouter l’action
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
