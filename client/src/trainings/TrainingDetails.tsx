import { graphql, getFragmentData, type FragmentType } from '../gql';
import { AUDIENCE_LABELS, sortByLabelOrder } from '../ui/labels';
import { ThemeBadges } from '../ui/ThemeBadges';
import { sessionPlaceOf } from './session-place';
import { seatsLine, sessionWhen, sessionWhere } from './training-labels';

export const TrainingDetailsFragment = graphql(`
  fragment TrainingDetails_training on Training {
    id
    description
    theme
    trainer
    audiences
    capacity
    seatsLeft
    waitlistCount
    isPublic
    organizer {
      id
      slug
      name
    }
    sessions {
      id
      ...SessionPlace_session
    }
  }
`);

/** What a training is: description, trainer, audience, sessions (Paris time) and seats. */
export function TrainingDetails(props: { training: FragmentType<typeof TrainingDetailsFragment> }) {
  const training = getFragmentData(TrainingDetailsFragment, props.training);
  const audiences = sortByLabelOrder(AUDIENCE_LABELS, training.audiences);
  const sessions = training.sessions.map(sessionPlaceOf);
  return (
    <>
      {training.theme && <ThemeBadges themes={[training.theme]} label="Thème" />}
      {training.description && <p className="detail__lead training-description">{training.description}</p>}
      <dl className="facts training-facts">
        {training.trainer && (
          <div>
            <dt>Formateur ou formatrice</dt>
            <dd>{training.trainer}</dd>
          </div>
        )}
        {training.organizer && (
          <div>
            <dt>Organisée par</dt>
            <dd>{training.organizer.name}</dd>
          </div>
        )}
        <div>
          <dt>Public</dt>
          <dd>{audiences.length ? audiences.map((audience) => AUDIENCE_LABELS[audience]).join(', ') : 'Non précisé'}</dd>
        </div>
        <div>
          <dt>Places</dt>
          <dd>
            {seatsLine(training)} ({training.capacity === 1 ? '1 place' : `${training.capacity} places`} au total)
          </dd>
        </div>
        <div>
          <dt>Ouverte à</dt>
          <dd>{training.isPublic ? 'Tout le monde' : 'Les membres de ses réseaux'}</dd>
        </div>
      </dl>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title">
          {sessions.length > 1 ? `Séances (${sessions.length})` : 'Séance'}
          <span className="training-hint"> — heure de Paris</span>
        </h2>
        <ol className="plain-list training-sessions">
          {sessions.map((session) => (
            <li key={session.id}>
              <strong>{sessionWhen(session)}</strong>
              <span className="training-meta"> — {sessionWhere(session)}</span>
              {new Date(session.endsAt) < new Date() && <span className="training-meta"> (passée)</span>}
              {session.onlineUrl && (
                <>
                  {' '}
                  (<a href={session.onlineUrl}>lien de la visioconférence</a>)
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
