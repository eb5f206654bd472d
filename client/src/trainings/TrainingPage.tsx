import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { graphql } from '../gql';
import type { ReturnTo } from '../accounts/return-path';
import { QueryError } from '../app/QueryError';
import { Loading, Notice } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { EditTraining } from './EditTraining';
import { MyRegistrationPanel } from './MyRegistrationPanel';
import { RegisterSomeoneForm } from './RegisterSomeoneForm';
import { SessionAttendance } from './SessionAttendance';
import { TrainingDetails } from './TrainingDetails';
import { TrainingRegistrations } from './TrainingRegistrations';
import { sameOriginPath } from './training-labels';
import './trainings.css';

const TrainingPageQuery = graphql(`
  query TrainingPage($id: ID!) {
    me {
      id
    }
    training(id: $id) {
      id
      title
      isUpcoming
      participantsCsvUrl
      networks {
        id
        slug
        name
      }
      viewerCan {
        seeRegistrations
        registerOthers
        edit
      }
      ...TrainingDetails_training
      ...EditTraining_training
      ...TrainingRegistrationState_training
      ...SessionAttendance_training
    }
  }
`);

/** /formations/:id — the page the training mails link to. */
export function TrainingPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TrainingPageQuery, {
    variables: { id },
    // Seats move with others' registrations: the cached training shows at once, then is refreshed.
    fetchPolicy: 'cache-and-network',
  });
  const training = data?.training;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string>();
  useDocumentTitle(training?.title ?? (data ? 'Formation introuvable' : 'Formation'));

  if (loading && !data) return <Loading />;
  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  if (!training) return <TrainingNotFound signedIn={!!data.me} />;

  return (
    <article className="detail training-page">
      <p className="detail__breadcrumb">
        <Link to="/formations">Formations</Link> <span aria-hidden="true">›</span>{' '}
        {training.networks.map((network, index) => (
          <span key={network.id}>
            {index > 0 && ' · '}
            <Link to={`/reseaux/${network.slug}`}>{network.name}</Link>
          </span>
        ))}
      </p>
      <h1>{training.title}</h1>
      <Notice>{notice}</Notice>
      {training.viewerCan.edit &&
        (editing ? (
          <EditTraining
            training={training}
            reload={refetch}
            onClose={(message) => {
              setEditing(false);
              setNotice(message);
            }}
          />
        ) : (
          <p className="training-edit-link">
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(true);
                setNotice(undefined);
              }}
            >
              Modifier<span className="visually-hidden"> la formation</span>
            </button>
          </p>
        ))}
      <TrainingDetails training={training} />
      <MyRegistrationPanel training={training} title={training.title} isUpcoming={training.isUpcoming} signedIn={!!data.me} />
      {training.viewerCan.seeRegistrations && (
        <section aria-labelledby="organizer-title" className="panel training-organizer">
          <h2 id="organizer-title">Organisation</h2>
          {training.participantsCsvUrl && (
            <p>
              <a href={sameOriginPath(training.participantsCsvUrl)} download>
                Exporter les participants (CSV)
              </a>
            </p>
          )}
          <TrainingRegistrations training={training} />
          {training.viewerCan.registerOthers && training.isUpcoming && <RegisterSomeoneForm trainingId={training.id} />}
          {training.viewerCan.edit && <SessionAttendance training={training} />}
        </section>
      )}
    </article>
  );
}

function TrainingNotFound({ signedIn }: { signedIn: boolean }) {
  const location = useLocation();
  return (
    <div className="narrow-page">
      <h1>Formation introuvable</h1>
      <p>Cette formation n’existe pas, ou elle est réservée aux membres de ses réseaux.</p>
      {!signedIn && (
        <p>
          <Link to="/connexion" state={{ from: location.pathname } satisfies ReturnTo}>
            Se connecter
          </Link>{' '}
          pour voir les formations de vos réseaux.
        </p>
      )}
      <p>
        <Link to="/formations">Toutes les formations</Link>
      </p>
    </div>
  );
}
