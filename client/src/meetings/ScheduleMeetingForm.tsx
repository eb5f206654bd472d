import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { FragmentType } from '../gql';
import type { MeetingKind } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { EnumOptions } from '../ui/EnumOptions';
import { FormAlert } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { ConflictWarning } from './ConflictWarning';
import { MEETING_KIND_LABELS } from './meeting-labels';
import { durationOf, isFormError, orNull, slotDraftOf, slotInstants, type SlotDraft } from './meeting-form';
import { useScheduleMeetingMutation } from './meeting-mutations';
import { NetworkChooser, type NetworkOption } from './NetworkChooser';
import { PlaceFields, type CommuneOptionsFragment, type PlaceDraft } from './PlaceFields';
import { SlotFields } from './SlotFields';
import { SlotSuggestions } from './SlotSuggestions';
import { NO_REPEAT, RepeatFields } from './RepeatFields';
import { useScheduleMeetingSeriesMutation } from './series-mutations';
import { useSchedulingConflicts, type SchedulingConflicts } from './use-scheduling-conflicts';

const FIELDS = [
  'networkSlugs',
  'title',
  'kind',
  'day',
  'startsAt',
  'endsAt',
  'place',
  'communeInseeCode',
  'onlineUrl',
  'description',
];

interface Props {
  network: NetworkOption;
  networkOptions: NetworkOption[];
  territory: FragmentType<typeof CommuneOptionsFragment> | null | undefined;
}

/** A network meeting becomes a joint one when a second network is added, and back. */
function kindFor(kind: MeetingKind, networkCount: number): MeetingKind {
  if (networkCount > 1 && kind === 'NETWORK_MEETING') return 'JOINT_MEETING';
  if (networkCount === 1 && kind === 'JOINT_MEETING') return 'NETWORK_MEETING';
  return kind;
}

export function ScheduleMeetingForm({ network, networkOptions, territory }: Props) {
  const navigate = useNavigate();
  const [scheduleOne, { loading: schedulingOne }] = useScheduleMeetingMutation();
  const [scheduleSeries, { loading: schedulingSeries }] = useScheduleMeetingSeriesMutation();
  const loading = schedulingOne || schedulingSeries;
  const checkConflicts = useSchedulingConflicts();
  const [networkSlugs, setNetworkSlugs] = useState([network.slug]);
  const [kind, setKind] = useState<MeetingKind>('NETWORK_MEETING');
  const [title, setTitle] = useState('');
  const [slot, setSlot] = useState<SlotDraft>({ day: '', start: '14:00', end: '16:00' });
  const [place, setPlace] = useState<PlaceDraft>({ place: '', communeInseeCode: '', onlineUrl: '' });
  const [description, setDescription] = useState('');
  const [isPublic, setIsPublic] = useState(false);
  const [draft, setDraft] = useState(false);
  const [repeat, setRepeat] = useState(NO_REPEAT);
  const [conflicts, setConflicts] = useState<SchedulingConflicts>([]);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<FormError>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  function changeNetworks(slugs: string[]) {
    setNetworkSlugs(slugs);
    setKind((current) => kindFor(current, slugs.length));
    setConflicts([]);
  }

  function changeSlot(next: SlotDraft) {
    setSlot(next);
    setConflicts([]);
  }

  async function submit(event?: FormEvent<HTMLFormElement>, anyway = false) {
    event?.preventDefault();
    const instants = slotInstants(slot);
    if (isFormError(instants)) return setError(instants);
    if (title.trim().length < 3)
      return setError({ field: 'title', message: 'Donnez un titre à la réunion (3 caractères au moins).' });
    setError(undefined);
    try {
      // A poll's slot is provisional: its own tally shows who is busy.
      if (!anyway && !draft) {
        setChecking(true);
        const found = await checkConflicts({ networkSlugs, ...instants }).finally(() => setChecking(false));
        setConflicts(found);
        if (found.length > 0) return;
      }
      const input = {
        networkSlugs,
        kind,
        title: title.trim(),
        ...instants,
        place: orNull(place.place),
        communeInseeCode: orNull(place.communeInseeCode),
        onlineUrl: orNull(place.onlineUrl),
        description: orNull(description),
        isPublic,
        draft,
      };
      const meetingId = repeat.frequency
        ? (
            await scheduleSeries({
              ...input,
              frequency: repeat.frequency,
              interval: Number(repeat.interval),
              count: Number(repeat.count),
            })
          ).data?.scheduleMeetingSeries.meetings[0]?.id
        : (await scheduleOne(input)).data?.scheduleMeeting.id;
      if (meetingId) navigate(`/reunions/${meetingId}`, { state: { scheduled: true } });
    } catch (caught) {
      setConflicts([]);
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card schedule-form" noValidate onSubmit={(event) => void submit(event)}>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <NetworkChooser
        options={networkOptions}
        value={networkSlugs}
        onChange={changeNetworks}
        error={errorFor(error, 'networkSlugs')}
      />
      <div className="form-grid">
        <TextField
          label="Titre"
          name="title"
          required
          maxLength={200}
          value={title}
          onChange={setTitle}
          error={errorFor(error, 'title')}
        />
        <SelectField
          label="Type de réunion"
          value={kind}
          onChange={(value) => setKind(value as MeetingKind)}
          error={errorFor(error, 'kind')}
        >
          <EnumOptions labels={MEETING_KIND_LABELS} />
        </SelectField>
      </div>
      <SlotFields value={slot} onChange={changeSlot} error={error} />
      <SlotSuggestions
        networkSlugs={networkSlugs}
        durationMinutes={durationOf(slot)}
        count={5}
        pickLabel="Choisir ce créneau"
        onPick={(picked) => changeSlot(slotDraftOf(picked.startsAt, picked.endsAt))}
      />
      <RepeatFields value={repeat} onChange={setRepeat} error={error} />
      <PlaceFields value={place} onChange={setPlace} territory={territory} error={error} />
      <TextField
        label="Ordre du jour, informations"
        rows={5}
        maxLength={10_000}
        value={description}
        onChange={setDescription}
        error={errorFor(error, 'description')}
      />
      <div className="schedule-form__options">
        <label className="checkbox">
          <input type="checkbox" checked={isPublic} onChange={(event) => setIsPublic(event.target.checked)} />
          Réunion publique (visible sans compte et dans l’agenda public du réseau)
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={draft}
            onChange={(event) => {
              setDraft(event.target.checked);
              setConflicts([]);
            }}
          />
          Trouver une date avec un sondage : la réunion reste en préparation, personne n’est invité avant que la date soit retenue
        </label>
      </div>
      {conflicts.length > 0 ? (
        <ConflictWarning
          conflicts={conflicts}
          proceedLabel="Planifier quand même"
          busy={loading}
          onProceed={() => void submit(undefined, true)}
          onChangeSlot={() => {
            setConflicts([]);
            form.current?.querySelector<HTMLInputElement>('input[name="day"]')?.focus();
          }}
        />
      ) : (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading || checking}>
            {draft
              ? 'Créer la réunion en préparation'
              : repeat.frequency
                ? 'Planifier la série et inviter'
                : 'Planifier et inviter'}
          </button>
          {checking && <span role="status">Vérification des disponibilités…</span>}
        </div>
      )}
    </form>
  );
}
