import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatSlot, monthOf, parisDay } from '../ui/paris-time';
import { MEETING_KIND_LABELS } from './meeting-labels';

export const MeetingDetailsFragment = graphql(`
  fragment MeetingDetails_meeting on Meeting {
    id
    title
    kind
    status
    startsAt
    endsAt
    place
    onlineUrl
    description
    isPublic
    cancellationReason
    icsUrl
    commune {
      inseeCode
      name
    }
    networks {
      id
      slug
      name
    }
  }
`);

/** When, where, online link, owning networks, description, and the event for one's own calendar. */
export function MeetingDetails(props: { meeting: FragmentType<typeof MeetingDetailsFragment> }) {
  const meeting = getFragmentData(MeetingDetailsFragment, props.meeting);
  const onSite = [meeting.place, meeting.commune?.name].filter(Boolean).join(', ');
  const cancelled = meeting.status === 'CANCELLED';
  return (
    <section aria-labelledby="meeting-details-title">
      <h2 id="meeting-details-title" className="visually-hidden">
        Informations pratiques
      </h2>
      {cancelled && (
        <div className="status status--error" role="note">
          <p>Cette réunion est annulée.{meeting.cancellationReason && <> Motif : {meeting.cancellationReason}</>}</p>
        </div>
      )}
      <dl className="facts meeting-facts">
        <div>
          <dt>Quand</dt>
          <dd>
            {cancelled ? <del>{formatSlot(meeting.startsAt, meeting.endsAt)}</del> : formatSlot(meeting.startsAt, meeting.endsAt)}{' '}
            <span className="meeting-facts__note">(heure de Paris)</span>
          </dd>
        </div>
        <div>
          <dt>Où</dt>
          <dd>{onSite || (meeting.onlineUrl ? 'En visioconférence uniquement' : 'Lieu à préciser')}</dd>
        </div>
        {meeting.onlineUrl && (
          <div>
            <dt>En ligne</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                Rejoindre la visioconférence<span className="visually-hidden"> (nouvel onglet)</span>
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>{meeting.networks.length > 1 ? 'Réseaux' : 'Réseau'}</dt>
          <dd>
            <ul className="inline-list">
              {meeting.networks.map((network) => (
                <li key={network.id}>
                  <Link to={`/reseaux/${network.slug}/reunions?mois=${monthOf(parisDay(meeting.startsAt))}`}>{network.name}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Type</dt>
          <dd>
            {MEETING_KIND_LABELS[meeting.kind]}
            {meeting.isPublic ? ' · ouverte au public' : ''}
          </dd>
        </div>
      </dl>
      {meeting.description && <p className="meeting-description">{meeting.description}</p>}
      {!cancelled && meeting.status !== 'DRAFT' && (
        <p>
          <a className="button" href={meeting.icsUrl} download>
            Ajouter à mon agenda<span className="visually-hidden"> : {meeting.title}</span> (.ics)
          </a>
        </p>
      )}
    </section>
  );
}
