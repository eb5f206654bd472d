import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { seatsLine, sessionWhen } from './training-labels';

export const NetworkTrainingsSectionFragment = graphql(`
  fragment NetworkTrainingsSection_network on Network {
    id
    slug
    trainings {
      id
      title
      isUpcoming
      seatsLeft
      waitlistCount
      sessions {
        id
        startsAt
        endsAt
      }
    }
  }
`);

const SHOWN = 3;

/** On a network's page: its next trainings and the way to all of them. */
export function NetworkTrainingsSection(props: { network: FragmentType<typeof NetworkTrainingsSectionFragment> }) {
  const network = getFragmentData(NetworkTrainingsSectionFragment, props.network);
  const next = network.trainings.filter((training) => training.isUpcoming).slice(0, SHOWN);
  return (
    <section aria-labelledby="network-trainings-title">
      <h2 id="network-trainings-title">Formations</h2>
      {next.length === 0 ? (
        <p>Aucune formation à venir que vous puissiez voir.</p>
      ) : (
        <ul className="link-list">
          {next.map((training) => (
            <li key={training.id}>
              <Link to={`/formations/${training.id}`}>{training.title}</Link>
              <span className="link-list__meta">
                {training.sessions[0] && <> — {sessionWhen(training.sessions[0])}</>} · {seatsLine(training)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={`/formations?reseau=${encodeURIComponent(network.slug)}`}>Toutes les formations de ce réseau</Link>
      </p>
    </section>
  );
}
