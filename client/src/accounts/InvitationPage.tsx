import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { FormAlert } from '../ui/QueryStatus';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/use-document-title';
import { useAcceptInvitationMutation } from './session-mutations';

/** The API's floor for passwords (ANSSI), checked here first to spare a round trip. */
const MIN_PASSWORD_LENGTH = 12;
const FIELDS = ['password', 'confirmation'] as const;

/** The one-time link of an invitation (`/invitation/:token`): the invitee chooses a password and is signed in. */
export function InvitationPage() {
  useDocumentTitle('Créer mon compte');
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [accept, pending] = useAcceptInvitationMutation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<FormError>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) {
      return setError({
        field: 'password',
        message: `Le mot de passe doit compter au moins ${MIN_PASSWORD_LENGTH} caractères.`,
      });
    }
    if (confirmation !== password) {
      return setError({ field: 'confirmation', message: 'Les deux mots de passe ne sont pas identiques.' });
    }
    setError(undefined);
    try {
      await accept(token, password);
      // The link is spent: replace it in the history so that "back" does not offer it again.
      navigate('/compte', { replace: true, state: { welcome: true } });
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <div className="narrow-page">
      <h1>Créer mon compte</h1>
      <p className="page-intro">
        La coordination de la Convention territoriale globale vous a invité à rejoindre Maillage. Choisissez votre mot de passe
        pour ouvrir votre compte.
      </p>
      <form ref={form} className="form-card" noValidate onSubmit={submit}>
        <FormAlert message={formLevelError(error, FIELDS)} />
        <TextField
          label="Mot de passe"
          type="password"
          autoComplete="new-password"
          hint={`${MIN_PASSWORD_LENGTH} caractères au moins. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.`}
          required
          value={password}
          onChange={setPassword}
          error={errorFor(error, 'password')}
        />
        <TextField
          label="Confirmer le mot de passe"
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={setConfirmation}
          error={errorFor(error, 'confirmation')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            Créer mon compte
          </button>
        </div>
      </form>
    </div>
  );
}
