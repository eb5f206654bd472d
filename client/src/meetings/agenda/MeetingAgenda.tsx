import { useState } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Notice } from '../../ui/QueryStatus';
import { formatClock, formatWeekdayDay } from '../../ui/paris-time';
import { AgendaBudget, AgendaBudgetFragment } from './AgendaBudget';
import { AgendaDeadlineForm } from './AgendaDeadlineForm';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaOrder } from './AgendaOrder';
import { AgendaOutcomes } from './AgendaOutcomes';
import { AgendaPublication } from './AgendaPublication';
import { AgendaReviewQueue } from './AgendaReviewQueue';
import { MyAgendaProposals } from './MyAgendaProposals';
import { PublishedAgenda } from './PublishedAgenda';
import './agenda.css';

/**
 * The lists are selected here once and handed down as item fragments: a Meeting fragment per child
 * would nest one level deeper each, and the API's cost limit (depth weighs) counts every level.
 */
export const MeetingAgendaFragment = graphql(`
  fragment MeetingAgenda_meeting on Meeting {
    id
    status
    agendaDeadline
    agendaPublishedAt
    agendaChangedAt
    agendaViewerCan {
      propose
      manage
      recordOutcomes
    }
    invitations {
      id
      person {
        id
        firstName
        lastName
      }
    }
    agenda {
      id
      ...AgendaItemDetails_item
    }
    myAgendaProposals {
      id
      ...AgendaItemDetails_item
      ...MyAgendaProposal_item
    }
    agendaProposals {
      id
      ...AgendaItemDetails_item
      ...AgendaProposal_item
    }
    ...AgendaBudget_meeting
  }
`);

/**
 * A meeting's agenda (ordre du jour): members propose items until the deadline and follow their
 * proposals; the animators review, order, publish and record outcomes; everyone who sees the meeting
 * reads the published agenda. What each one may do comes from agendaViewerCan.
 */
export function MeetingAgenda(props: { meeting: FragmentType<typeof MeetingAgendaFragment> }) {
  const meeting = getFragmentData(MeetingAgendaFragment, props.meeting);
  const slots = getFragmentData(AgendaBudgetFragment, meeting).agendaBudget?.slots ?? [];
  const can = meeting.agendaViewerCan;
  const [notice, setNotice] = useState<string>();
  const empty = meeting.agenda.length === 0 && meeting.agendaProposals.length === 0 && meeting.myAgendaProposals.length === 0;
  // A draft, held or cancelled meeting without any item has no agenda to show.
  if (meeting.status !== 'SCHEDULED' && empty) return null;
  const people = meeting.invitations.map((invitation) => invitation.person);
  const deadline = `${formatWeekdayDay(meeting.agendaDeadline)} à ${formatClock(meeting.agendaDeadline)}`;
  return (
    <section aria-labelledby="agenda-title" className="agenda-section">
      <div className="section-heading">
        <h2 id="agenda-title">Ordre du jour</h2>
        {meeting.agenda.length > 0 && (
          <p className="agenda-section__prints">
            <Link to={`/reunions/${meeting.id}/ordre-du-jour`}>Ordre du jour à imprimer</Link>
            {' · '}
            <Link to={`/reunions/${meeting.id}/compte-rendu`}>Compte rendu à imprimer</Link>
          </p>
        )}
      </div>
      {meeting.status === 'SCHEDULED' && (can.propose || can.manage) && (
        <p className="agenda-section__deadline">
          {can.propose ? 'Propositions de points ouvertes jusqu’au ' : 'Les propositions de points étaient ouvertes jusqu’au '}
          <strong>{deadline}</strong> (heure de Paris).
        </p>
      )}
      {can.manage ? (
        <>
          <AgendaPublication
            meetingId={meeting.id}
            status={meeting.status}
            publishedAt={meeting.agendaPublishedAt}
            changedAt={meeting.agendaChangedAt}
            acceptedCount={meeting.agenda.length}
            proposalCount={meeting.agendaProposals.length}
          />
          <h3>Points retenus, dans l’ordre</h3>
          <AgendaBudget meeting={meeting} />
          <AgendaOrder items={meeting.agenda} slots={slots} />
          {can.recordOutcomes && <AgendaOutcomes items={meeting.agenda} />}
          <AgendaReviewQueue meetingId={meeting.id} proposals={meeting.agendaProposals} people={people} />
          {meeting.status === 'SCHEDULED' && (
            <details className="agenda-section__settings">
              <summary>Changer la date limite des propositions</summary>
              <AgendaDeadlineForm meetingId={meeting.id} deadline={meeting.agendaDeadline} />
            </details>
          )}
        </>
      ) : (
        <PublishedAgenda items={meeting.agenda} slots={slots} />
      )}
      {!can.manage && <MyAgendaProposals meetingId={meeting.id} proposals={meeting.myAgendaProposals} people={people} />}
      {can.propose && (
        <>
          <Notice>{notice}</Notice>
          <AgendaItemForm meetingId={meeting.id} people={people} onDone={setNotice} />
        </>
      )}
    </section>
  );
}
