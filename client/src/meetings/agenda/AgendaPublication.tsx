import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formErrorOf } from '../../app/form-errors';
import { FormAlert, Notice } from '../../ui/QueryStatus';
import { formatClock, formatWeekdayDay } from '../../ui/paris-time';
import { useCarryOverDeferredItemsMutation, usePublishAgendaMutation } from './agenda-mutations';

export const AgendaPublicationFragment = graphql(`
  fragment AgendaPublication_meeting on Meeting {
    id
    status
    agendaPublishedAt
    agendaChangedAt
    agenda {
      id
    }
    agendaProposals {
      id
    }
  }
`);

const when = (iso: string) => `${formatWeekdayDay(iso)} à ${formatClock(iso)}`;

/**
 * Publishing mails the agenda to the invitees; after a change it says so and offers to publish again.
 * Deferred items of earlier meetings come here only when the animators ask (not automatically).
 */
export function AgendaPublication(props: { meeting: FragmentType<typeof AgendaPublicationFragment> }) {
  const meeting = getFragmentData(AgendaPublicationFragment, props.meeting);
  const [publish, publishing] = usePublishAgendaMutation();
  const [carryOver, carrying] = useCarryOverDeferredItemsMutation();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const changed = !!meeting.agendaPublishedAt && !!meeting.agendaChangedAt;

  async function run(action: () => Promise<string>) {
    setError(undefined);
    setNotice(undefined);
    try {
      setNotice(await action());
    } catch (caught) {
      setError(formErrorOf(caught).message);
    }
  }

  const published = async () => {
    await publish(meeting.id);
    return 'Ordre du jour publié : les personnes invitées le reçoivent par courriel.';
  };
  const carried = async () => {
    const before = meeting.agendaProposals.length;
    const result = await carryOver(meeting.id);
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
          <strong>Modifié depuis la publication — republier.</strong> Publié le {when(meeting.agendaPublishedAt!)}, modifié le{' '}
          {when(meeting.agendaChangedAt!)} : les personnes invitées ont encore l’ancienne version.
        </p>
      ) : meeting.agendaPublishedAt ? (
        <p className="agenda-publication__state">
          <strong>Publié</strong> le {when(meeting.agendaPublishedAt)} : les personnes invitées l’ont reçu par courriel.
        </p>
      ) : (
        <p className="agenda-publication__state">
          <strong>Pas encore publié</strong> : seuls les animateurs le voient.
        </p>
      )}
      <div className="form-actions">
        {meeting.status === 'SCHEDULED' && (!meeting.agendaPublishedAt || changed) && (
          <button
            type="button"
            className="button button--primary"
            disabled={publishing.loading || meeting.agenda.length === 0}
            onClick={() => void run(published)}
          >
            {changed ? 'Republier l’ordre du jour' : 'Publier l’ordre du jour'}
          </button>
        )}
        <button type="button" className="button" disabled={carrying.loading} onClick={() => void run(carried)}>
          Reprendre les points reportés des réunions précédentes
        </button>
        <Notice>{notice}</Notice>
      </div>
    </div>
  );
}
