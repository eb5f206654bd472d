import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { errorMessage } from '../app/error-message';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorPanel } from '../ui/QueryStatus';
import { formatDateTime } from '../ui/format';
import { formatSlot } from '../ui/paris-time';
import { POLL_STATUS_LABELS } from './date-poll-labels';
import { useAnswerDatePollMutation, useFixMeetingDateMutation } from './date-poll-mutations';
import { PollAnswerForm } from './PollAnswerForm';
import { PollParticipants } from './PollParticipants';
import { personName } from './person-name';

export const DatePollPanelFragment = graphql(`
  fragment DatePollPanel_poll on DatePoll {
    id
    status
    closesAt
    participantCount
    viewerCan {
      manage
      answer
    }
    chosenSlot {
      id
    }
    slots {
      id
      startsAt
      endsAt
      tally {
        yes
        ifNeedBe
        no
        pending
      }
      conflicts {
        person {
          id
          firstName
          lastName
        }
        meeting {
          id
          title
        }
      }
    }
    myAnswers {
      slotId
      answer
    }
    ...PollParticipants_poll
  }
`);

/**
 * A date poll as those who take part see it: each slot's tally (and, for its managers, who is
 * already busy then and « Retenir ce créneau »), the viewer's own answers when asked.
 */
export function DatePollPanel(props: { poll: FragmentType<typeof DatePollPanelFragment> }) {
  const poll = getFragmentData(DatePollPanelFragment, props.poll);
  const [answer] = useAnswerDatePollMutation();
  const [fix, { loading: fixing }] = useFixMeetingDateMutation();
  const [error, setError] = useState<string>();
  const canFix = poll.viewerCan.manage && poll.status !== 'DATE_FIXED';
  const best = Math.max(...poll.slots.map((slot) => (slot.tally?.yes ?? 0) + (slot.tally?.ifNeedBe ?? 0)));

  async function choose(slotId: string) {
    setError(undefined);
    try {
      await fix(poll.id, slotId);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <section aria-labelledby="date-poll-title" className="panel date-poll">
      <h2 id="date-poll-title">Trouver une date</h2>
      <p className="panel__intro">
        <span className={`status-tag poll-status poll-status--${poll.status.toLowerCase()}`}>
          {POLL_STATUS_LABELS[poll.status]}
        </span>{' '}
        {poll.status === 'OPEN' && <>Réponses jusqu’au {formatDateTime(poll.closesAt)}. </>}
        {poll.participantCount} personne{poll.participantCount > 1 ? 's' : ''} consultée{poll.participantCount > 1 ? 's' : ''}.
      </p>
      {error && <ErrorPanel message={error} />}
      <div className="table-scroll" role="region" aria-labelledby="poll-tally-caption" tabIndex={0}>
        <table className="table poll-tally">
          <caption id="poll-tally-caption" className="table__caption">
            Disponibilités par créneau
          </caption>
          <thead>
            <tr>
              <th scope="col">Créneau (heure de Paris)</th>
              <th scope="col">Oui</th>
              <th scope="col">Si besoin</th>
              <th scope="col">Non</th>
              <th scope="col">Sans réponse</th>
              {poll.viewerCan.manage && <th scope="col">Déjà pris ailleurs</th>}
              {canFix && <th scope="col">Choisir</th>}
            </tr>
          </thead>
          <tbody>
            {poll.slots.map((slot) => {
              const when = formatSlot(slot.startsAt, slot.endsAt);
              const chosen = poll.chosenSlot?.id === slot.id;
              const favourite = best > 0 && (slot.tally?.yes ?? 0) + (slot.tally?.ifNeedBe ?? 0) === best;
              return (
                <tr key={slot.id} className={chosen ? 'is-chosen' : favourite ? 'is-favourite' : undefined}>
                  <th scope="row">
                    {when}
                    {chosen && <span className="status-tag status-tag--done"> date retenue</span>}
                  </th>
                  <td>{slot.tally?.yes ?? '–'}</td>
                  <td>{slot.tally?.ifNeedBe ?? '–'}</td>
                  <td>{slot.tally?.no ?? '–'}</td>
                  <td>{slot.tally?.pending ?? '–'}</td>
                  {poll.viewerCan.manage && (
                    <td className="poll-tally__busy">
                      {slot.conflicts.length === 0
                        ? 'Personne'
                        : slot.conflicts
                            .map((conflict) => `${personName(conflict.person)} (« ${conflict.meeting.title} »)`)
                            .join(', ')}
                    </td>
                  )}
                  {canFix && (
                    <td>
                      <ConfirmButton
                        className="button button--small"
                        disabled={fixing}
                        title={`Retenir le ${when} ?`}
                        message="La réunion est alors programmée à cette date, le sondage se clôt et chaque membre reçoit son invitation par courriel."
                        confirmLabel="Retenir ce créneau"
                        onConfirm={() => void choose(slot.id)}
                      >
                        Retenir ce créneau<span className="visually-hidden"> : {when}</span>
                      </ConfirmButton>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <PollParticipants poll={poll} />
      {poll.viewerCan.answer && (
        <>
          <h3>Vos disponibilités</h3>
          <PollAnswerForm slots={poll.slots} answers={poll.myAnswers} onSubmit={(answers) => answer(poll.id, answers)} />
        </>
      )}
    </section>
  );
}
