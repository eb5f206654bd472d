import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { DatePollPanel } from './DatePollPanel';

const DatePollPageQuery = graphql(`
  query DatePollPage($id: ID!) {
    datePoll(id: $id) {
      id
      meetingTitle
      meeting {
        id
      }
      ...DatePollPanel_poll
    }
  }
`);

/**
 * /sondages/:id — a date poll in the app, for the people it asks (from « Mes réunions »): its draft
 * meeting is its managers' alone, so the poll has a page of its own.
 */
export function DatePollPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(DatePollPageQuery, { variables: { id } });
  const poll = data?.datePoll;
  useDocumentTitle(poll ? `Quelle date pour « ${poll.meetingTitle} » ?` : 'Sondage de dates');

  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!poll) {
    return (
      <div className="narrow-page">
        <h1>Sondage introuvable</h1>
        <p>
          Ce sondage n’existe pas, ou il ne vous est pas adressé. <Link to="/mes-reunions">Mes réunions</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="date-poll-page">
      <p className="detail__breadcrumb">
        <Link to="/mes-reunions">Mes réunions</Link>
      </p>
      <h1>Quelle date pour « {poll.meetingTitle} » ?</h1>
      {poll.meeting && (
        <p>
          <Link to={`/reunions/${poll.meeting.id}`}>Voir la réunion</Link>
        </p>
      )}
      <DatePollPanel poll={poll} />
    </div>
  );
}
