import { useRef, useState, type FormEvent } from 'react';
import type { AgendaItemInput, AgendaItemKind } from '../../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../../app/form-errors';
import { FormAlert } from '../../ui/QueryStatus';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { personName } from '../person-name';
import { AGENDA_KIND_LABELS } from './agenda-labels';
import { useProposeAgendaItemMutation, useUpdateAgendaItemMutation } from './agenda-mutations';
import { OrganizationSearch, type ChosenOrganization } from './OrganizationSearch';

const FIELDS = ['title', 'description', 'kind', 'durationMinutes', 'presenterId', 'organizationId', 'links'];

interface EditedItem {
  id: string;
  title: string;
  description?: string | null;
  kind: AgendaItemKind;
  durationMinutes: number;
  links: string[];
  presenter?: { id: string } | null;
  organization?: { id: string; name: string } | null;
}

interface Props {
  meetingId: string;
  /** The presenter is chosen among the meeting's invitees. */
  people: Array<{ id: string; firstName: string; lastName: string }>;
  /** The item to edit (as AgendaItemDetails reads it); none to propose a new one. */
  item?: EditedItem;
  /** After a save (with the confirmation to show) or a cancel (no message). */
  onDone?: (message?: string) => void;
}

/** Proposes a point to the agenda, or edits one (its proposer while it awaits review; the animators). */
export function AgendaItemForm({ meetingId, people, item, onDone }: Props) {
  const [propose, proposing] = useProposeAgendaItemMutation();
  const [update, updating] = useUpdateAgendaItemMutation();
  const [title, setTitle] = useState(item?.title ?? '');
  const [description, setDescription] = useState(item?.description ?? '');
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'INFORMATION');
  const [duration, setDuration] = useState(String(item?.durationMinutes ?? 15));
  const [presenterId, setPresenterId] = useState(item?.presenter?.id ?? '');
  const [organization, setOrganization] = useState<ChosenOrganization | null>(item?.organization ?? null);
  const [links, setLinks] = useState(item?.links.join('\n') ?? '');
  const [error, setError] = useState<FormError>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const sorted = [...people].sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr'));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input: AgendaItemInput = {
      title: title.trim(),
      description: description.trim() || null,
      kind,
      durationMinutes: Number(duration),
      presenterId: presenterId || null,
      organizationId: organization?.id ?? null,
      links: links
        .split(/\s+/)
        .map((link) => link.trim())
        .filter(Boolean),
    };
    if (!Number.isInteger(input.durationMinutes))
      return setError({ field: 'durationMinutes', message: 'Indiquez une durée en minutes.' });
    setError(undefined);
    try {
      if (item) await update(item.id, input);
      else await propose(meetingId, input);
      if (!item) {
        setTitle('');
        setDescription('');
        setDuration('15');
        setPresenterId('');
        setOrganization(null);
        setLinks('');
      }
      onDone?.(item ? 'Proposition modifiée.' : 'Proposition envoyée : les animateurs vont l’examiner.');
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card agenda-item-form" noValidate onSubmit={(event) => void submit(event)}>
      {!item && <h3>Proposer un point</h3>}
      <FormAlert message={formLevelError(error, FIELDS)} />
      <TextField label="Intitulé du point" value={title} onChange={setTitle} maxLength={200} error={errorFor(error, 'title')} />
      <TextField
        label="Description"
        hint="Facultatif : ce que la commission doit savoir, ce qui est attendu d’elle."
        rows={4}
        maxLength={5000}
        value={description}
        onChange={setDescription}
        error={errorFor(error, 'description')}
      />
      <div className="form-grid">
        <SelectField label="Nature du point" value={kind} onChange={(value) => setKind(value as AgendaItemKind)}>
          {Object.entries(AGENDA_KIND_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField
          type="number"
          label="Durée (minutes)"
          min={5}
          max={180}
          step={5}
          inputMode="numeric"
          value={duration}
          onChange={setDuration}
          error={errorFor(error, 'durationMinutes')}
        />
        <SelectField
          label="Présenté par"
          value={presenterId}
          onChange={setPresenterId}
          error={errorFor(error, 'presenterId')}
          hint="Parmi les personnes invitées."
        >
          <option value="">Personne en particulier</option>
          {sorted.map((person) => (
            <option key={person.id} value={person.id}>
              {personName(person)}
            </option>
          ))}
        </SelectField>
      </div>
      <OrganizationSearch
        label="Structure concernée"
        value={organization}
        onChange={setOrganization}
        error={errorFor(error, 'organizationId')}
      />
      <TextField
        label="Documents et liens"
        hint="Facultatif : une adresse par ligne (https://…), 10 au plus."
        rows={3}
        value={links}
        onChange={setLinks}
        error={errorFor(error, 'links')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={proposing.loading || updating.loading}>
          {item ? 'Enregistrer la proposition' : 'Proposer ce point'}
        </button>
        {item && onDone && (
          <button type="button" className="button" onClick={() => onDone()}>
            Annuler
          </button>
        )}
      </div>
    </form>
  );
}
