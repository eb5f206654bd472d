import { useState } from 'react';
import type { MeetingStatus } from '../../gql/graphql';
import { formErrorOf } from '../../app/form-errors';
import { FormAlert, Notice } from '../../ui/QueryStatus';
import { formatClock, formatWeekdayDay } from '../../ui/paris-time';
import { useCarryOverDeferredItemsMutation, usePublishAgendaMutation } from './agenda-mutations';

const when = (iso: string) => `${formatWeekdayDay(iso)} à ${formatClock(iso)}`;

/**
 * Publishing mails the agenda to the invitees; after a change it says so and offers to publish again.
 * Deferred items of earlier meetings come here only when the animators ask (not automatically).
 */
interface Props {
  meetingId: string;
  status: MeetingStatus;
  publishedAt?: string | null;
  changedAt?: string | null;
  acceptedCount: number;
  proposalCount: number;
}

export function AgendaPublication({ meetingId, status, publishedAt, changedAt, acceptedCount, proposalCount }: Props) {
  const [publish, publishing] = usePublishAgendaMutation();
  const [carryOver, carrying] = useCarryOverDeferredItemsMutation();
  const [error, setError] = useState<string>();
  // The publication's confirmation no longer holds once the agenda changes again.
  const [notice, setNotice] = useState<{ text: string; publication: boolean }>();
  const changed = !!publishedAt && !!changedAt;

  async function run(action: () => Promise<string>, publication: boolean) {
    setError(undefined);
    setNotice(undefined);
    try {
      setNotice({ text: await action(), publication });
    } catch (caught) {
      setError(formErrorOf(caught).message);
    }
  }

  const published = async () => {
    await publish(meetingId);
    return 'Ordre du jour publié : les personnes invitées le reçoivent par courriel.';
  };
  const carried = async () => {
    const before = proposalCount;
    const result = await carryOver(meetingId);
    const count = (result.data?.carryOverDeferredItems.agendaProposals.length ?? before) - before;
    if (count === 0) return 'Aucun point reporté à reprendre des réunions précédentes.';
    return count === 1
      ? '1 point reporté repris : il attend votre examen parmi les propositions.'
      : `${count} points reportés repris : ils attendent votre examen parmi les propositions.`;
  };

  return (
    <div className="agenda-publication">
      <FormAlert message={error} />
      {changed ? (
        <p className="agenda-publication__state agenda-publication__state--changed">
          <strong>Modifié depuis la publication — republier.</strong> Publié le {when(publishedAt!)}, modifié le{' '}
          {when(changedAt!)} : les personnes invitées ont encore l’ancienne version.
        </p>
      ) : publishedAt ? (
        <p className="agenda-publication__state">
          <strong>Publié</strong> le {when(publishedAt)} : les personnes invitées l’ont reçu par courriel.
        </p>
      ) : (
        <p className="agenda-publication__state">
          <strong>Pas encore publié</strong> : seuls les animateurs le voient
          {acceptedCount === 0 && ' ; il se publie une fois un point accepté'}.
        </p>
      )}
      <div className="form-actions">
        {status === 'SCHEDULED' && acceptedCount > 0 && (!publishedAt || changed) && (
          <button
            type="button"
            className="button button--primary"
            disabled={publishing.loading}
            onClick={() => void run(published, true)}
          >
            {changed ? 'Republier l’ordre du jour' : 'Publier l’ordre du jour'}
          </button>
        )}
        {status === 'SCHEDULED' && (
          <button type="button" className="button" disabled={carrying.loading} onClick={() => void run(carried, false)}>
            Reprendre les points reportés des réunions précédentes
          </button>
        )}
        <Notice>{notice && !(notice.publication && changed) ? notice.text : undefined}</Notice>
      </div>
    </div>
  );
}
