import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { getFragmentData, type FragmentType } from '../gql';
import type { ReturnTo } from '../accounts/return-path';
import { errorMessage } from '../app/error-message';
import { ConfirmButton } from '../ui/ConfirmButton';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { registrationLabel, REGISTRATION_TAGS } from './training-labels';
import {
  TrainingRegistrationStateFragment,
  useCancelRegistrationMutation,
  useRegisterForTrainingMutation,
} from './training-mutations';

interface Props {
  training: FragmentType<typeof TrainingRegistrationStateFragment>;
  title: string;
  isUpcoming: boolean;
  signedIn: boolean;
}

/** « Votre inscription »: the viewer's status and the buttons viewerCan allows; the API's refusals shown as they come. */
export function MyRegistrationPanel({ training: trainingRef, title, isUpcoming, signedIn }: Props) {
  const training = getFragmentData(TrainingRegistrationStateFragment, trainingRef);
  const [register, registering] = useRegisterForTrainingMutation();
  const [cancel, cancelling] = useCancelRegistrationMutation();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const location = useLocation();
  const mine = training.myRegistration;
  const active = mine && mine.status !== 'CANCELLED' ? mine : null;

  async function run(action: () => Promise<unknown>, done: string) {
    setError(undefined);
    setNotice(undefined);
    try {
      await action();
      setNotice(done);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  const full = training.seatsLeft === 0;
  return (
    <section aria-labelledby="my-registration-title" className="panel my-registration">
      <h2 id="my-registration-title">Votre inscription</h2>
      <FormAlert message={error} />
      {mine && (
        <p className="my-registration__status">
          <span className={`status-tag ${REGISTRATION_TAGS[mine.status]}`}>{registrationLabel(mine)}</span>
        </p>
      )}
      {!active && training.viewerCan.register && (
        <>
          {full && <p>La formation est complète : vous serez inscrit·e sur la liste d’attente, dans l’ordre d’arrivée.</p>}
          <button
            type="button"
            className="button button--primary"
            disabled={registering.loading}
            onClick={() =>
              void run(() => register(training.id), full ? 'Vous êtes sur la liste d’attente.' : 'Inscription enregistrée.')
            }
          >
            {full ? 'M’inscrire sur la liste d’attente' : 'M’inscrire'}
          </button>
        </>
      )}
      {active?.viewerCan.cancel && (
        <ConfirmButton
          title={active.status === 'CONFIRMED' ? 'Libérer votre place ?' : 'Quitter la liste d’attente ?'}
          message={
            active.status === 'CONFIRMED'
              ? `Votre place à « ${title} » ira à la première personne de la liste d’attente.`
              : `Vous ne serez plus sur la liste d’attente de « ${title} ».`
          }
          confirmLabel="Annuler mon inscription"
          disabled={cancelling.loading}
          onConfirm={() => void run(() => cancel(active.id), 'Inscription annulée.')}
        >
          Annuler mon inscription
        </ConfirmButton>
      )}
      {!mine && !training.viewerCan.register && (
        <p>
          {!isUpcoming ? (
            'Cette formation est terminée : les inscriptions sont closes.'
          ) : !signedIn ? (
            <>
              <Link to="/connexion" state={{ from: location.pathname } satisfies ReturnTo}>
                Se connecter
              </Link>{' '}
              pour s’inscrire.
            </>
          ) : (
            'Les inscriptions à cette formation sont réservées aux membres de ses réseaux.'
          )}
        </p>
      )}
      <Notice>{notice}</Notice>
    </section>
  );
}
