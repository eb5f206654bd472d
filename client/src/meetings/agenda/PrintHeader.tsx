import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatSlot } from '../../ui/paris-time';

export const PrintHeaderFragment = graphql(`
  fragment PrintHeader_meeting on Meeting {
    id
    title
    startsAt
    endsAt
    place
    onlineUrl
    commune {
      inseeCode
      name
    }
    networks {
      id
      name
    }
  }
`);

/** The head of a printed document: the body (commission, network) that meets, the document, when, where. */
export function PrintHeader({
  meeting: meetingRef,
  document,
}: {
  meeting: FragmentType<typeof PrintHeaderFragment>;
  document: string;
}) {
  const meeting = getFragmentData(PrintHeaderFragment, meetingRef);
  const where = [meeting.place, meeting.commune?.name].filter(Boolean).join(', ');
  return (
    <header className="print-header">
      <p className="print-header__body">{meeting.networks.map((network) => network.name).join(' · ')}</p>
      <h1>
        {document}
        <span className="print-header__title">{meeting.title}</span>
      </h1>
      <dl className="print-header__facts">
        <div>
          <dt>Date</dt>
          <dd>{formatSlot(meeting.startsAt, meeting.endsAt)} (heure de Paris)</dd>
        </div>
        <div>
          <dt>Lieu</dt>
          <dd>
            {where || (meeting.onlineUrl ? 'En visioconférence' : 'Lieu à préciser')}
            {where && meeting.onlineUrl && ' — et en visioconférence'}
          </dd>
        </div>
      </dl>
    </header>
  );
}
