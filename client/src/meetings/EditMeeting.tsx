import { useRef, useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { SeriesChangeInput, SeriesScope, UpdateMeetingInput } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { FormAlert } from '../ui/QueryStatus';
import { formatSlot } from '../ui/paris-time';
import { TextField } from '../ui/TextField';
import { ConflictWarning } from './ConflictWarning';
import { changesOf, draftOf, isAnnounced, seriesChangesOf, type MeetingDraft } from './edit-meeting-draft';
import { isFormError, reasonOf } from './meeting-form';
import { useUpdateMeetingMutation } from './meeting-mutations';
import { placeOf } from './meeting-place';
import { PlaceFields, type CommuneOptionsFragment } from './PlaceFields';
import { SeriesChangeConfirm, type SeriesPreview } from './SeriesChangeConfirm';
import { SeriesScopeChoice } from './SeriesScopeChoice';
import { useSeriesChangePreview, useUpdateMeetingSeriesMutation } from './series-mutations';
import { SlotFields } from './SlotFields';
import { StaleVersionNotice } from './StaleVersionNotice';
import { useSchedulingConflicts, type SchedulingConflicts } from './use-scheduling-conflicts';

export const EditMeetingFragment = graphql(`
  fragment EditMeeting_meeting on Meeting {
    id
    version
    status
    title
    startsAt
    endsAt
    place
    onlineUrl
    description
    isPublic
    commune {
      inseeCode
      name
    }
    networks {
      id
      slug
    }
    series {
      id
    }
  }
`);

const FIELDS = ['title', 'day', 'startsAt', 'endsAt', 'place', 'communeInseeCode', 'onlineUrl', 'description'];

interface Props {
  meeting: FragmentType<typeof EditMeetingFragment>;
  territory: FragmentType<typeof CommuneOptionsFragment> | null | undefined;
  /** Reloads the meeting (its newer version) after a concurrent edit. */
  reload: () => Promise<unknown>;
  onClose: (notice?: string) => void;
}

/**
 * Edits a meeting on the version it was read at. When someone saved in between, the API refuses
 * (STALE_VERSION): the form then shows the current values and keeps the user's changes, to re-apply
 * on the newer version or drop. A meeting of a series may change with the next ones, or all of them,
 * after a preview of the meetings concerned.
 */
export function EditMeeting({ meeting: meetingRef, territory, reload, onClose }: Props) {
  const meeting = getFragmentData(EditMeetingFragment, meetingRef);
  const [update, { loading }] = useUpdateMeetingMutation(meeting.networks.map((network) => network.id));
  const [updateSeries, { loading: updatingSeries }] = useUpdateMeetingSeriesMutation();
  const previewSeries = useSeriesChangePreview();
  const checkConflicts = useSchedulingConflicts();
  const [base, setBase] = useState(() => draftOf(meeting));
  const [draft, setDraft] = useState<MeetingDraft>(base);
  const [scope, setScope] = useState<SeriesScope>('THIS_ONLY');
  const [stale, setStale] = useState(false);
  const [conflicts, setConflicts] = useState<SchedulingConflicts>([]);
  const [seriesChange, setSeriesChange] = useState<{ input: SeriesChangeInput; preview: SeriesPreview }>();
  const [error, setError] = useState<FormError>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  async function save(input: UpdateMeetingInput, anyway: boolean) {
    if (!anyway && input.startsAt && meeting.status === 'SCHEDULED') {
      const found = await checkConflicts({
        networkSlugs: meeting.networks.map((network) => network.slug),
        startsAt: input.startsAt,
        endsAt: input.endsAt ?? input.startsAt,
        exceptMeetingId: meeting.id,
      });
      setConflicts(found);
      if (found.length > 0) return;
    }
    await update(meeting.id, meeting.version, input);
    onClose(isAnnounced(input) ? 'Réunion modifiée : les personnes invitées sont prévenues par courriel.' : 'Réunion modifiée.');
  }

  async function previewChange() {
    const input = seriesChangesOf(base, draft);
    if (isFormError(input)) return setError(input);
    if (Object.keys(input).length === 0) return onClose('Aucune modification.');
    const preview = await previewSeries(meeting.id, scope);
    if (preview) setSeriesChange({ input, preview });
  }

  async function submit(event?: FormEvent<HTMLFormElement>, anyway = false) {
    event?.preventDefault();
    setError(undefined);
    try {
      if (scope !== 'THIS_ONLY') return await previewChange();
      const input = changesOf(base, draft);
      if (isFormError(input)) return setError(input);
      if (Object.keys(input).length === 0) return onClose('Aucune modification.');
      await save(input, anyway);
    } catch (caught) {
      setConflicts([]);
      if (reasonOf(caught) === 'STALE_VERSION') {
        await reload();
        setStale(true);
      } else setError(formErrorOf(caught));
    }
  }

  async function confirmSeriesChange() {
    if (!seriesChange) return;
    try {
      const { data } = await updateSeries(meeting.id, scope, seriesChange.input);
      const count = data?.updateMeetingSeries.changed.length ?? 0;
      onClose(
        `${count} réunion${count > 1 ? 's' : ''} modifiée${count > 1 ? 's' : ''} : les personnes invitées sont prévenues par courriel.`,
      );
    } catch (caught) {
      setSeriesChange(undefined);
      setError(formErrorOf(caught));
    }
  }

  function startOver() {
    const current = draftOf(meeting);
    setBase(current);
    setDraft(current);
    setStale(false);
  }

  const backToSlot = () => {
    setConflicts([]);
    form.current?.querySelector<HTMLInputElement>('input[name="day"]')?.focus();
  };

  return (
    <form ref={form} className="form-card edit-meeting" noValidate onSubmit={(event) => void submit(event)}>
      <h3>Modifier la réunion</h3>
      <FormAlert message={formLevelError(error, FIELDS)} />
      {stale && (
        <StaleVersionNotice>
          Elle se présente désormais ainsi : « {meeting.title} », {formatSlot(meeting.startsAt, meeting.endsAt)}
          {placeOf(meeting) && <>, {placeOf(meeting)}</>}. Vos modifications sont conservées ci-dessous : réappliquez-les, ou
          repartez des valeurs actuelles.
        </StaleVersionNotice>
      )}
      {meeting.series && (
        <SeriesScopeChoice
          legend="Modifier"
          name={`scope-${meeting.id}`}
          value={scope}
          onChange={(next) => {
            setScope(next);
            setSeriesChange(undefined);
          }}
        />
      )}
      <TextField
        label="Titre"
        name="title"
        maxLength={200}
        value={draft.title}
        onChange={(title) => setDraft({ ...draft, title })}
        error={errorFor(error, 'title')}
      />
      <SlotFields value={draft.slot} onChange={(slot) => setDraft({ ...draft, slot })} error={error} />
      <PlaceFields value={draft.place} onChange={(place) => setDraft({ ...draft, place })} territory={territory} error={error} />
      <TextField
        label="Ordre du jour, informations"
        rows={4}
        maxLength={10_000}
        value={draft.description}
        onChange={(description) => setDraft({ ...draft, description })}
        error={errorFor(error, 'description')}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.isPublic}
          onChange={(event) => setDraft({ ...draft, isPublic: event.target.checked })}
        />
        Réunion publique
      </label>
      {seriesChange ? (
        <SeriesChangeConfirm
          preview={seriesChange.preview}
          action="modification"
          confirmLabel="Modifier ces réunions"
          busy={updatingSeries}
          onConfirm={() => void confirmSeriesChange()}
          onBack={() => setSeriesChange(undefined)}
        />
      ) : conflicts.length > 0 ? (
        <ConflictWarning
          conflicts={conflicts}
          proceedLabel="Déplacer quand même"
          busy={loading}
          onProceed={() => void submit(undefined, true)}
          onChangeSlot={backToSlot}
        />
      ) : (
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={loading}>
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
      )}
    </form>
  );
}
