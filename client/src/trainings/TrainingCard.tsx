import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { ThemeBadges } from '../ui/ThemeBadges';
import { sessionPlaceOf } from './session-place';
import { registrationLabel, REGISTRATION_TAGS, seatsLine, sessionWhen, sessionWhere } from './training-labels';

export const TrainingCardFragment = graphql(`
  fragment TrainingCard_training on Training {
    id
    title
    theme
    seatsLeft
    waitlistCount
    networks {
      id
      name
    }
    organizer {
      id
      name
    }
    sessions {
      id
      ...SessionPlace_session
    }
    myRegistration {
      id
      status
      waitlistPosition
    }
  }
`);

/** One training in the list: its networks, organiser, first session, seats and the viewer's status. */
export function TrainingCard(props: { training: FragmentType<typeof TrainingCardFragment> }) {
  const training = getFragmentData(TrainingCardFragment, props.training);
  const sessions = training.sessions.map(sessionPlaceOf);
  // The list shows trainings still to come: their next session, not one already held.
  const nextIndex = Math.max(
    0,
    sessions.findIndex((session) => new Date(session.endsAt) > new Date()),
  );
  const next = sessions[nextIndex];
  const mine = training.myRegistration;
  return (
    <article className="card training-card">
      <p className="card__eyebrow">{training.networks.map((network) => network.name).join(' · ')}</p>
      <h2 className="card__title">
        <Link to={`/formations/${training.id}`}>{training.title}</Link>
      </h2>
      {training.theme && <ThemeBadges themes={[training.theme]} label="Thème" />}
      <dl className="training-card__facts">
        {training.organizer && (
          <div>
            <dt>Organisé par</dt>
            <dd>{training.organizer.name}</dd>
          </div>
        )}
        {next && (
          <div>
            <dt>{sessionTerm(nextIndex, sessions.length)}</dt>
            <dd>
              {sessionWhen(next)} — {sessionWhere(next)}
            </dd>
          </div>
        )}
        <div>
          <dt>Places</dt>
          <dd>{seatsLine(training)}</dd>
        </div>
      </dl>
      {mine && (
        <p className="training-card__mine">
          <span className={`status-tag ${REGISTRATION_TAGS[mine.status]}`}>{registrationLabel(mine)}</span>
        </p>
      )}
    </article>
  );
}

/** « Séance », « 1re séance (sur 3) », « Prochaine séance (2e sur 3) ». */
function sessionTerm(index: number, count: number): string {
  if (count === 1) return 'Séance';
  if (index === 0) return `1re séance (sur ${count})`;
  return `Prochaine séance (${index + 1}e sur ${count})`;
}
