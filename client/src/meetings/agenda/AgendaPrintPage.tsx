import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { graphql } from '../../gql';
import { useDocumentTitle } from '../../ui/use-document-title';
import { PrintFrame } from './PrintFrame';
import { PrintHeader } from './PrintHeader';
import { PrintedAgenda } from './PrintedAgenda';

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
  const query = useQuery(AgendaPrintPageQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const meeting = query.data?.meeting;
  useDocumentTitle(meeting ? `Ordre du jour – ${meeting.title}` : 'Ordre du jour');
  return (
    <PrintFrame meetingId={id} query={query} meetingOf={(data) => data.meeting} signedInOf={(data) => !!data.me}>
      {() =>
        meeting && (
          <>
            <PrintHeader meeting={meeting} document="Ordre du jour" />
            <PrintedAgenda meeting={meeting} />
          </>
        )
      }
    </PrintFrame>
  );
}
