import { useRef, useState, type FormEvent } from 'react';
import type { UserRole } from '../../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../../app/form-errors';
import { OrganizationPersonPicker, type OrganizationPersonChoice } from '../../directory/OrganizationPersonPicker';
import { EnumOptions } from '../../ui/EnumOptions';
import { USER_ROLE_LABELS } from '../../ui/labels';
import { FormAlert } from '../../ui/QueryStatus';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { InvitationLinkPanel } from './InvitationLinkPanel';
import { useInviteUserMutation } from './user-mutations';

const FIELDS = ['email', 'displayName', 'role', 'personId'] as const;
const NO_ONE: OrganizationPersonChoice = { organizationId: '', personId: '' };

/** Mail is not sent yet: the one-time link is shown here, once, for the admin to pass on. */
export function InviteUserForm() {
  const [invite, { loading }] = useInviteUserMutation();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<UserRole>('PARTNER');
  const [person, setPerson] = useState(NO_ONE);
  const [error, setError] = useState<FormError>();
  const [sent, setSent] = useState<{ link: string; displayName: string }>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  function reset() {
    setEmail('');
    setDisplayName('');
    setRole('PARTNER');
    setPerson(NO_ONE);
    setSent(undefined);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    try {
      const { data } = await invite({
        email: email.trim(),
        displayName: displayName.trim(),
        role,
        personId: person.personId || null,
      });
      if (data) setSent({ link: data.inviteUser.link, displayName: displayName.trim() });
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  if (sent) return <InvitationLinkPanel link={sent.link} displayName={sent.displayName} onDone={reset} />;

  return (
    <form ref={form} className="form-card" noValidate onSubmit={submit}>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <div className="form-grid">
        <TextField
          label="Adresse e-mail"
          type="email"
          autoComplete="off"
          required
          value={email}
          onChange={setEmail}
          error={errorFor(error, 'email')}
        />
        <TextField
          label="Nom affiché"
          hint="Prénom et nom, tels que les autres utilisateurs les verront."
          required
          value={displayName}
          onChange={setDisplayName}
          error={errorFor(error, 'displayName')}
        />
        <SelectField
          label="Rôle"
          value={role}
          onChange={(value) => setRole(value as UserRole)}
          hint="Un animateur gère les réseaux qu’il anime dans l’annuaire : rattachez-le à sa fiche."
          error={errorFor(error, 'role')}
        >
          <EnumOptions labels={USER_ROLE_LABELS} />
        </SelectField>
      </div>
      <fieldset className="form-grid form-grid--fieldset">
        <legend>Fiche de l’annuaire (facultatif)</legend>
        <OrganizationPersonPicker
          value={person}
          onChange={setPerson}
          organizationLabel="Structure"
          personLabel="Personne"
          noPersonLabel="Aucune fiche"
          personError={errorFor(error, 'personId')}
        />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Créer l’invitation
        </button>
      </div>
    </form>
  );
}
