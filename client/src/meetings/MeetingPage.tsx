import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import type { ReturnTo } from '../accounts/return-path';
import { TERRITORY_SLUG } from '../app/territory';
import { Loading, Notice } from '../ui/QueryStatus';
import { monthOf, parisDay } from '../ui/paris-time';
import { useDocumentTitle } from '../ui/use-document-title';
import { AnswerCountsLine } from './AnswerCountsLine';
import { CancelMeeting } from './CancelMeeting';
import { DatePollPanel } from './DatePollPanel';
import { StartDatePollForm } from './StartDatePollForm';
import { EditMeeting } from './EditMeeting';
import { MeetingActionItems } from './MeetingActionItems';
import { MeetingDetails } from './MeetingDetails';
import { MeetingInvitees } from './MeetingInvitees';
import { MeetingMinutes } from './MeetingMinutes';
import { MeetingSeriesInfo } from './MeetingSeriesInfo';
import { MeetingStatusTag } from './MeetingStatusTag';
import { RsvpButtons } from './RsvpButtons';
import { MeetingAgenda } from './agenda/MeetingAgenda';

const MeetingPageQuery = graphql(`
  query MeetingPage($id: ID!, $territorySlug: String!) {
    me {
      id
    }
    meeting(id: $id) {
      id
      title
      status
      version
      startsAt
      endsAt
      networks {
        id
        slug
        name
      }
      viewerCan {
        manage
        respond
      }
      myInvitation {
        id
      }
      datePoll {
        id
        ...DatePollPanel_poll
      }
      series {
        id
      }
      ...MeetingSeriesInfo_meeting
      ...MeetingDetails_meeting
      ...AnswerCountsLine_meeting
      ...RsvpButtons_meeting
      ...MeetingInvitees_meeting
      ...MeetingMinutes_meeting
      ...MeetingActionItems_meeting
      ...EditMeeting_meeting
      ...MeetingAgenda_meeting
    }
    territory(slug: $territorySlug) {
      id
      ...CommuneOptions_territory
    }
  }
`);

/** /reunions/:id — the page the invitation mails link to. */
export function MeetingPage() {
  const { id = '' } = useParams();
  const scheduled = (useLocation().state as { scheduled?: boolean } | null)?.scheduled;
  const { data, loading, error, refetch } = useQuery(MeetingPageQuery, {
    variables: { id, territorySlug: TERRITORY_SLUG },
    // Answers and edits come from others too: the cached meeting shows at once, then is refreshed.
    fetchPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | undefined>(scheduled ? 'Réunion enregistrée.' : undefined);
  const meeting = data?.meeting;
  useDocumentTitle(meeting?.title ?? (data ? 'Réunion introuvable' : 'Réunion'));

  // A refetch (after a concurrent edit) keeps the page, and the forms' drafts, in place.
  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!meeting) return <MeetingNotFound signedIn={!!data?.me} />;

  const reload = () => refetch();
  const manages = meeting.viewerCan.manage && meeting.status !== 'CANCELLED';
  return (
    <article className="detail meeting-page">
      <p className="detail__breadcrumb">
        {meeting.networks.map((network, index) => (
          <span key={network.id}>
            {index > 0 && ' · '}
            <Link to={`/reseaux/${network.slug}/reunions?mois=${monthOf(parisDay(meeting.startsAt))}`}>
              Réunions – {network.name}
            </Link>
          </span>
        ))}
      </p>
      <div className="detail__heading">
        <h1>
          {meeting.title} <MeetingStatusTag status={meeting.status} />
        </h1>
        {manages && !editing && (
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setNotice(undefined);
                setEditing(true);
              }}
            >
              Modifier<span className="visually-hidden"> la réunion</span>
            </button>
            <CancelMeeting
              meetingId={meeting.id}
              title={meeting.title}
              networkIds={meeting.networks.map((network) => network.id)}
              inSeries={!!meeting.series}
            />
          </div>
        )}
      </div>
      <Notice>{notice}</Notice>
      {editing && manages ? (
        <EditMeeting
          meeting={meeting}
          territory={data.territory}
          reload={reload}
          onClose={(message) => {
            setEditing(false);
            setNotice(message);
          }}
        />
      ) : (
        <MeetingDetails meeting={meeting} />
      )}
      <MeetingSeriesInfo meeting={meeting} />
      {meeting.status === 'DRAFT' && (
        <p className="notice">En préparation : personne n’est invité tant que la date n’est pas retenue.</p>
      )}
      {meeting.datePoll ? (
        <DatePollPanel poll={meeting.datePoll} />
      ) : (
        meeting.status === 'DRAFT' &&
        meeting.viewerCan.manage && (
          <section aria-labelledby="find-date-title" className="panel">
            <h2 id="find-date-title">Trouver une date</h2>
            <StartDatePollForm
              meetingId={meeting.id}
              networkSlugs={meeting.networks.map((network) => network.slug)}
              startsAt={meeting.startsAt}
              endsAt={meeting.endsAt}
            />
          </section>
        )
      )}
      {meeting.myInvitation && (
        <section aria-labelledby="my-answer-title" className="panel my-answer">
          <h2 id="my-answer-title">Votre réponse</h2>
          <RsvpButtons meeting={meeting} />
        </section>
      )}
      <p className="meeting-page__counts">
        <AnswerCountsLine meeting={meeting} />
      </p>
      <MeetingAgenda meeting={meeting} />
      <MeetingInvitees meeting={meeting} />
      <MeetingMinutes meeting={meeting} reload={reload} />
      <MeetingActionItems meeting={meeting} />
    </article>
  );
}

export function MeetingNotFound({ signedIn }: { signedIn: boolean }) {
  const location = useLocation();
  return (
    <div className="narrow-page">
      <h1>Réunion introuvable</h1>
      <p>Cette réunion n’existe pas, ou elle est réservée aux membres de ses réseaux.</p>
      {!signedIn && (
        <p>
          <Link to="/connexion" state={{ from: location.pathname } satisfies ReturnTo}>
            Se connecter
          </Link>{' '}
          pour voir les réunions de vos réseaux.
        </p>
      )}
    </div>
  );
}
