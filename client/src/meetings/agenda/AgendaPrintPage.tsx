import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { QueryError } from '../../app/QueryError';
import { Loading } from '../../ui/QueryStatus';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PrintFrame } from './PrintFrame';
import { PrintHeader } from './PrintHeader';
import { PrintedAgenda } from './PrintedAgenda';
import { PrintNotFound } from './PrintNotFound';

const AgendaPrintPageQuery = graphql(`
  query AgendaPrintPage($id: ID!) {
    me {
      id
    }
    meeting(id: $id) {
      id
      title
      ...PrintHeader_meeting
      ...PrintedAgenda_meeting
    }
  }
`);

/** /reunions/:id/ordre-du-jour — the agenda as a document to print (or save as PDF). */
export function AgendaPrintPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(AgendaPrintPageQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const meeting = data?.meeting;
  useDocumentTitle(meeting ? `Ordre du jour – ${meeting.title}` : 'Ordre du jour');
  return (
    <PrintFrame meetingId={id}>
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : !meeting ? (
        <PrintNotFound signedIn={!!data?.me} />
      ) : (
        <>
          <PrintHeader meeting={meeting} document="Ordre du jour" />
          <PrintedAgenda meeting={meeting} />
        </>
      )}
    </PrintFrame>
  );
}
