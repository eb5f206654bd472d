import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { useCursorPages } from '../app/use-cursor-pages';
import { Pagination } from '../ui/Pagination';
import { addDays, parisInstant, parisToday } from '../ui/paris-time';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { ActionItemRow } from './ActionItemRow';
import { RSVP_LABELS } from './meeting-labels';
import { MeetingSummary } from './MeetingSummary';
import { MyDatePolls } from './MyDatePolls';
import { PersonalCalendar } from './PersonalCalendar';
import { RsvpButtons } from './RsvpButtons';

const PAGE_SIZE = 20;
/** How far back « Mes réunions » looks; the networks' calendars keep the rest. */
const PAST_DAYS = 180;
/** The API's page size limit; more than a person attends in six months. */
const PAST_LIMIT = 100;

const MyMeetingsQuery = graphql(`
  query MyMeetings($now: DateTime!, $first: Int!, $after: String, $pastFrom: DateTime!, $pastFirst: Int!) {
    me {
      id
      calendarUrl
      person {
        id
      }
    }
    myDatePolls {
      id
      ...MyDatePolls_poll
    }
    upcoming: meetings(filter: { invitedOnly: true, from: $now }, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ...MeetingSummary_meeting
          ...RsvpButtons_meeting
        }
      }
    }
    past: meetings(filter: { invitedOnly: true, from: $pastFrom, to: $now }, first: $pastFirst) {
      edges {
        node {
          id
          endsAt
          myInvitation {
            id
            response
            attended
          }
          ...MeetingSummary_meeting
        }
      }
    }
    myActionItems {
      id
      meeting {
        id
        title
      }
      ...ActionItemRow_actionItem
    }
  }
`);

/** /mes-reunions — the signed-in person's invitations, answered from here, and their actions to follow up. */
export function MyMeetingsPage() {
  useDocumentTitle('Mes réunions');
  const [now] = useState(() => new Date().toISOString());
  const pages = useCursorPages('apres');
  const { data, previousData, loading, error, refetch } = useQuery(MyMeetingsQuery, {
    fetchPolicy: 'cache-and-network',
    variables: {
      now,
      first: PAGE_SIZE,
      after: pages.after ?? null,
      pastFrom: parisInstant(addDays(parisToday(), -PAST_DAYS), '00:00'),
      pastFirst: PAST_LIMIT,
    },
  });
  const result = data ?? previousData;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!result) return <Loading />;
  if (!result.me?.person) {
    return (
      <div className="narrow-page">
        <h1>Mes réunions</h1>
        <p>Votre compte n’est relié à aucune personne de l’annuaire : vous ne recevez pas d’invitation aux réunions.</p>
      </div>
    );
  }
  const past = result.past.edges
    .map((edge) => edge.node)
    .filter((meeting) => meeting.endsAt <= now)
    .reverse();

  return (
    <div className="my-meetings" aria-busy={loading}>
      <h1>Mes réunions</h1>
      <div className="my-meetings__layout">
        <div>
          <MyDatePolls polls={result.myDatePolls} />
          <section aria-labelledby="my-upcoming-title">
            <h2 id="my-upcoming-title">À venir ({result.upcoming.totalCount})</h2>
            {result.upcoming.edges.length === 0 ? (
              <p className="empty-state">Aucune invitation à venir.</p>
            ) : (
              <ul className="meeting-list">
                {result.upcoming.edges.map(({ node }) => (
                  <li key={node.id} className="meeting-list__item--with-answer">
                    <MeetingSummary meeting={node} />
                    <RsvpButtons meeting={node} compact />
                  </li>
                ))}
              </ul>
            )}
            <Pagination label="Pages des réunions à venir" pages={pages} connection={result.upcoming} pageSize={PAGE_SIZE} />
          </section>
        </div>
        <div>
          <section aria-labelledby="my-actions-title" className="panel my-actions">
            <h2 id="my-actions-title">Mes actions à suivre</h2>
            {result.myActionItems.length === 0 ? (
              <p className="empty-state">Aucune action ouverte à votre nom.</p>
            ) : (
              <ul className="action-items">
                {result.myActionItems.map((item) => (
                  <ActionItemRow key={item.id} item={item} meeting={item.meeting} />
                ))}
              </ul>
            )}
          </section>
          <section className="panel">
            <PersonalCalendar userId={result.me.id} url={result.me.calendarUrl} />
          </section>
        </div>
      </div>
      <section aria-labelledby="my-past-title">
        <h2 id="my-past-title">Passées (six derniers mois)</h2>
        {past.length === 0 ? (
          <p className="empty-state">Aucune réunion ces six derniers mois.</p>
        ) : (
          <ul className="meeting-list meeting-list--past">
            {past.map((meeting) => (
              <li key={meeting.id}>
                <MeetingSummary meeting={meeting} />
                {meeting.myInvitation && (
                  <p className="meeting-list__answer">
                    Votre réponse : {RSVP_LABELS[meeting.myInvitation.response].toLowerCase()}
                    {meeting.myInvitation.attended !== null && (meeting.myInvitation.attended ? ' · présent·e' : ' · absent·e')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
