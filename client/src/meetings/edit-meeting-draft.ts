import type { SeriesChangeInput, UpdateMeetingInput } from '../gql/graphql';
import { durationOf, isFormError, orNull, slotDraftOf, slotInstants, type SlotDraft } from './meeting-form';
import type { FormError } from '../app/form-errors';
import type { PlaceDraft } from './PlaceFields';

export interface MeetingDraft {
  title: string;
  slot: SlotDraft;
  place: PlaceDraft;
  description: string;
  isPublic: boolean;
}

interface EditableMeeting {
  title: string;
  startsAt: string;
  endsAt: string;
  place?: string | null;
  onlineUrl?: string | null;
  description?: string | null;
  isPublic: boolean;
  commune?: { inseeCode: string } | null;
}

export function draftOf(meeting: EditableMeeting): MeetingDraft {
  return {
    title: meeting.title,
    slot: slotDraftOf(meeting.startsAt, meeting.endsAt),
    place: { place: meeting.place ?? '', communeInseeCode: meeting.commune?.inseeCode ?? '', onlineUrl: meeting.onlineUrl ?? '' },
    description: meeting.description ?? '',
    isPublic: meeting.isPublic,
  };
}

/**
 * Only what the user changed from where they started: the API announces a move to every invitee,
 * so an untouched slot must not be sent. Re-applied as is on a newer version after a conflict.
 */
export function changesOf(base: MeetingDraft, draft: MeetingDraft): UpdateMeetingInput | FormError {
  const input: UpdateMeetingInput = {};
  const slotChanged = (['day', 'start', 'end'] as const).some((key) => base.slot[key] !== draft.slot[key]);
  if (slotChanged) {
    const instants = slotInstants(draft.slot);
    if (isFormError(instants)) return instants;
    Object.assign(input, instants);
  }
  if (draft.title.trim() !== base.title.trim()) input.title = draft.title.trim();
  if (draft.place.place !== base.place.place) input.place = orNull(draft.place.place);
  if (draft.place.communeInseeCode !== base.place.communeInseeCode) input.communeInseeCode = orNull(draft.place.communeInseeCode);
  if (draft.place.onlineUrl !== base.place.onlineUrl) input.onlineUrl = orNull(draft.place.onlineUrl);
  if (draft.description !== base.description) input.description = orNull(draft.description);
  if (draft.isPublic !== base.isPublic) input.isPublic = draft.isPublic;
  return input;
}

/** Changes the invitees hear about by mail (the API announces them). */
export const isAnnounced = (input: UpdateMeetingInput) =>
  ['startsAt', 'endsAt', 'title', 'place', 'communeInseeCode', 'onlineUrl'].some((field) => field in input);

/**
 * The same changes for several meetings of a series: each keeps its own day, so a new time is a
 * Paris clock time and a length (the API's SeriesChangeInput), and a new day is refused here.
 */
export function seriesChangesOf(base: MeetingDraft, draft: MeetingDraft): SeriesChangeInput | FormError {
  if (draft.slot.day !== base.slot.day) {
    return {
      field: 'day',
      message: 'Chaque réunion de la série garde son jour : pour changer de jour, modifiez cette réunion seulement.',
    };
  }
  if (draft.isPublic !== base.isPublic) {
    return { message: 'La visibilité se change réunion par réunion : choisissez « cette réunion seulement ».' };
  }
  const input: SeriesChangeInput = {};
  if (draft.slot.start !== base.slot.start || draft.slot.end !== base.slot.end) {
    const instants = slotInstants(draft.slot);
    if (isFormError(instants)) return instants;
    if (draft.slot.start !== base.slot.start) input.startTime = draft.slot.start;
    if (durationOf(draft.slot) !== durationOf(base.slot)) input.durationMinutes = durationOf(draft.slot);
  }
  if (draft.title.trim() !== base.title.trim()) input.title = draft.title.trim();
  if (draft.place.place !== base.place.place) input.place = orNull(draft.place.place);
  if (draft.place.communeInseeCode !== base.place.communeInseeCode) input.communeInseeCode = orNull(draft.place.communeInseeCode);
  if (draft.place.onlineUrl !== base.place.onlineUrl) input.onlineUrl = orNull(draft.place.onlineUrl);
  if (draft.description !== base.description) input.description = orNull(draft.description);
  return input;
}
