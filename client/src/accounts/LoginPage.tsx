import { useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { FormAlert } from '../ui/QueryStatus';
import { TextField } from '../ui/TextField';
import { useDocumentTitle } from '../ui/use-document-title';
import { returnPathOf } from './return-path';
import { useLoginMutation } from './session-mutations';

const LoginPageQuery = graphql(`
  query LoginPage {
    me {
      id
      displayName
    }
  }
`);

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  useDocumentTitle('Se connecter');
  const { data } = useQuery(LoginPageQuery);
  const location = useLocation();
  const navigate = useNavigate();
  const [login, pending] = useLoginMutation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FormError>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const returnPath = returnPathOf(location.state) ?? '/compte';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim()) return setError({ field: 'email', message: 'Saisissez votre adresse e-mail.' });
    if (!password) return setError({ field: 'password', message: 'Saisissez votre mot de passe.' });
    setError(undefined);
    try {
      await login(email.trim(), password);
      navigate(returnPath, { replace: true });
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <div className="narrow-page">
      <h1>Se connecter</h1>
      {data?.me && (
        <p className="notice">
          Vous êtes connecté en tant que {data.me.displayName}. <Link to="/compte">Voir mon compte</Link>
        </p>
      )}
      <form ref={form} className="form-card" noValidate onSubmit={submit}>
        <FormAlert message={formLevelError(error, FIELDS)} />
        <TextField
          label="Adresse e-mail"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={setEmail}
          error={errorFor(error, 'email')}
        />
        <TextField
          label="Mot de passe"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={setPassword}
          error={errorFor(error, 'password')}
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Connexion…' : 'Se connecter'}
          </button>
        </div>
      </form>
      <p className="page-intro">
        Les comptes sont ouverts sur invitation de la coordination de la Convention territoriale globale : le lien reçu permet de
        choisir son mot de passe.
      </p>
    </div>
  );
}
