import { useRef, useState, type FormEvent } from 'react';
import type { MembershipRole } from '../gql/graphql';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../app/form-errors';
import { OrganizationPersonPicker, type OrganizationPersonChoice } from '../directory/OrganizationPersonPicker';
import { EnumOptions } from '../ui/EnumOptions';
import { MEMBERSHIP_ROLE_LABELS } from '../ui/labels';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { useAddMembershipMutation } from './membership-mutations';

const FIELDS = ['organizationId', 'personId', 'role'] as const;
const NOTHING_CHOSEN: OrganizationPersonChoice = { organizationId: '', personId: '' };

export function AddMemberForm({ networkSlug }: { networkSlug: string }) {
  const [add, { loading }] = useAddMembershipMutation();
  const [choice, setChoice] = useState(NOTHING_CHOSEN);
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(undefined);
    if (!choice.organizationId) {
      return setError({ field: 'organizationId', message: 'Choisissez la structure à ajouter.' });
    }
    setError(undefined);
    try {
      const { data } = await add({
        networkSlug,
        organizationId: choice.organizationId,
        personId: choice.personId || null,
        role,
      });
      setChoice(NOTHING_CHOSEN);
      setRole('MEMBER');
      if (data) setNotice('Membre ajouté au réseau.');
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form ref={form} className="form-card add-member" noValidate onSubmit={submit}>
      <h3>Ajouter un membre</h3>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <div className="form-grid">
        <OrganizationPersonPicker
          value={choice}
          onChange={setChoice}
          organizationLabel="Structure"
          personLabel="Personne (facultatif)"
          noPersonLabel="La structure seule"
          organizationError={errorFor(error, 'organizationId')}
          personError={errorFor(error, 'personId')}
        />
        <SelectField
          label="Rôle"
          value={role}
          onChange={(value) => setRole(value as MembershipRole)}
          error={errorFor(error, 'role')}
        >
          <EnumOptions labels={MEMBERSHIP_ROLE_LABELS} />
        </SelectField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Ajouter au réseau
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
