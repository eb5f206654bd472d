import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatSlot } from '../ui/paris-time';
import { AnswerCountsLine } from './AnswerCountsLine';
import { MeetingStatusTag } from './MeetingStatusTag';
import { placeOf } from './meeting-place';

export const MeetingSummaryFragment = graphql(`
  fragment MeetingSummary_meeting on Meeting {
    id
    title
    kind
    status
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
      slug
      name
    }
    ...AnswerCountsLine_meeting
  }
`);

interface Props {
  meeting: FragmentType<typeof MeetingSummaryFragment>;
  /** Heading level of the title in its list. */
  level?: 2 | 3;
}

/** One meeting in a list: when, what (a link to its page), where, which networks, who answered what. */
export function MeetingSummary({ meeting: meetingRef, level = 3 }: Props) {
  const meeting = getFragmentData(MeetingSummaryFragment, meetingRef);
  const Heading = `h${level}` as const;
  const where = placeOf(meeting);
  return (
    <article className={`meeting-summary meeting-summary--${meeting.status.toLowerCase()}`}>
      <p className="meeting-summary__when">{formatSlot(meeting.startsAt, meeting.endsAt)}</p>
      <Heading className="meeting-summary__title">
        <Link to={`/reunions/${meeting.id}`}>{meeting.title}</Link> <MeetingStatusTag status={meeting.status} />
      </Heading>
      <p className="meeting-summary__meta">
        {meeting.networks.map((network) => network.name).join(' · ')}
        {where && <> — {where}</>}
      </p>
      <p className="meeting-summary__meta">
        <AnswerCountsLine meeting={meeting} />
      </p>
    </article>
  );
}
