import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { graphql } from '../gql';
import { errorMessage } from '../app/error-message';
import { formatDay } from '../ui/format';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { useLinkMeetingToRoadmapActionMutation } from './roadmap-mutations';

/** Asked only by those who may link (viewerCan.linkWork), hence a query of its own rather than the page's. */
const LinkableMeetingsQuery = graphql(`
  query LinkableMeetings($networkSlug: String!, $from: DateTime, $to: DateTime) {
    network(slug: $networkSlug) {
      id
      meetings(from: $from, to: $to) {
        id
        title
        startsAt
        status
      }
    }
  }
`);

/** Recent meetings: the last six months, and the next two for work already planned. */
const DAY = 24 * 60 * 60 * 1000;
const recentPeriod = () => ({
  from: new Date(Date.now() - 183 * DAY).toISOString(),
  to: new Date(Date.now() + 61 * DAY).toISOString(),
});

interface Props {
  actionId: string;
  networkSlug: string;
  linkedMeetingIds: readonly string[];
}

export function LinkMeetingForm({ actionId, networkSlug, linkedMeetingIds }: Props) {
  // Computed once: new instants at each render would ask the meetings again and again.
  const [period] = useState(recentPeriod);
  const { data, loading } = useQuery(LinkableMeetingsQuery, { variables: { networkSlug, ...period } });
  const [link, { loading: linking }] = useLinkMeetingToRoadmapActionMutation();
  const [meetingId, setMeetingId] = useState('');
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState('');

  const linked = new Set(linkedMeetingIds);
  const meetings = (data?.network?.meetings ?? [])
    .filter((meeting) => !linked.has(meeting.id) && meeting.status !== 'CANCELLED')
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!meetingId) return;
    setError(undefined);
    try {
      await link(actionId, meetingId);
      const title = meetings.find((meeting) => meeting.id === meetingId)?.title ?? '';
      setMeetingId('');
      setNotice(`Réunion « ${title} » rattachée à l’action.`);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <form className="form-card action-link-form" onSubmit={(event) => void submit(event)}>
      <h3>Rattacher une réunion</h3>
      <FormAlert message={error} />
      {loading && !data ? (
        <p>Chargement des réunions du réseau…</p>
      ) : meetings.length === 0 ? (
        <p>Aucune autre réunion récente du réseau à rattacher.</p>
      ) : (
        <>
          <SelectField label="Réunion du réseau" value={meetingId} onChange={setMeetingId} required>
            <option value="">Choisir une réunion</option>
            {meetings.map((meeting) => (
              <option key={meeting.id} value={meeting.id}>
                {formatDay(meeting.startsAt)} — {meeting.title}
              </option>
            ))}
          </SelectField>
          <div className="form-actions">
            <button type="submit" className="button button--primary" disabled={linking || !meetingId}>
              Rattacher
            </button>
          </div>
        </>
      )}
      <Notice>{notice}</Notice>
    </form>
  );
}
