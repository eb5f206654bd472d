import { useId, useRef, useState } from 'react';
import type { SeriesScope } from '../gql/graphql';
import { formErrorOf } from '../app/form-errors';
import { FormAlert } from '../ui/QueryStatus';
import { useCancelMeetingMutation } from './meeting-mutations';
import { SeriesChangeConfirm, type SeriesPreview } from './SeriesChangeConfirm';
import { SeriesScopeChoice } from './SeriesScopeChoice';
import { useCancelMeetingSeriesMutation, useSeriesChangePreview } from './series-mutations';

interface Props {
  meetingId: string;
  title: string;
  networkIds: string[];
  /** A meeting of a series may be cancelled with the next ones, or all of them. */
  inSeries: boolean;
}

/**
 * « Annuler la réunion », asked in a native modal dialog with the reason the invitees will read in
 * their mail: Escape or « Ne pas annuler » closes it, and focus returns to the button.
 */
export function CancelMeeting({ meetingId, title, networkIds, inSeries }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<SeriesScope>('THIS_ONLY');
  const [preview, setPreview] = useState<SeriesPreview>();
  const [error, setError] = useState<string>();
  const [cancelOne, { loading: cancellingOne }] = useCancelMeetingMutation(networkIds);
  const [cancelSeries, { loading: cancellingSeries }] = useCancelMeetingSeriesMutation();
  const previewSeries = useSeriesChangePreview();

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(formErrorOf(caught).message);
    }
  }

  const confirm = () =>
    run(async () => {
      if (scope === 'THIS_ONLY') await cancelOne(meetingId, reason.trim() || null);
      else if (!preview) return setPreview(await previewSeries(meetingId, scope));
      else await cancelSeries(meetingId, scope, reason.trim() || null);
      dialog.current?.close();
    });

  return (
    <>
      <button type="button" className="button button--danger" onClick={() => dialog.current?.showModal()}>
        Annuler la réunion
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-message`}>
        <h2 id={`${id}-title`} className="confirm-dialog__title">
          Annuler « {title} » ?
        </h2>
        <p id={`${id}-message`} className="confirm-dialog__message">
          Chaque personne invitée reçoit un courriel d’annulation, et l’événement disparaît de son agenda.
        </p>
        <FormAlert message={error} />
        {inSeries && (
          <SeriesScopeChoice
            legend="Annuler"
            name={`cancel-scope-${meetingId}`}
            value={scope}
            onChange={(next) => {
              setScope(next);
              setPreview(undefined);
            }}
          />
        )}
        <div className="field">
          <label htmlFor={`${id}-reason`}>Motif (facultatif, indiqué dans le courriel)</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </div>
        {preview ? (
          <SeriesChangeConfirm
            preview={preview}
            action="annulation"
            confirmLabel="Annuler ces réunions"
            busy={cancellingSeries}
            onConfirm={() => void confirm()}
            onBack={() => setPreview(undefined)}
          />
        ) : (
          <div className="form-actions">
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Ne pas annuler
            </button>
            <button type="button" className="button button--danger" disabled={cancellingOne} onClick={() => void confirm()}>
              {scope === 'THIS_ONLY' ? 'Annuler la réunion' : 'Voir les réunions concernées'}
            </button>
          </div>
        )}
      </dialog>
    </>
  );
}
