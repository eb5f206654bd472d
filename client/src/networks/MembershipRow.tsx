import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { MembershipRole } from '../gql/graphql';
import { errorMessage } from '../app/error-message';
import { ConfirmButton } from '../ui/ConfirmButton';
import { EnumOptions } from '../ui/EnumOptions';
import { MEMBERSHIP_ROLE_LABELS } from '../ui/labels';
import { ErrorPanel } from '../ui/QueryStatus';
import { SelectField } from '../ui/SelectField';
import { useChangeMembershipRoleMutation, useRemoveMembershipMutation } from './membership-mutations';

export const MembershipRowFragment = graphql(`
  fragment MembershipRow_membership on Membership {
    id
    role
    organization {
      id
      name
    }
    person {
      id
      firstName
      lastName
    }
  }
`);

interface Props {
  membership: FragmentType<typeof MembershipRowFragment>;
  networkName: string;
}

export function MembershipRow({ membership: membershipRef, networkName }: Props) {
  const membership = getFragmentData(MembershipRowFragment, membershipRef);
  const [role, setRole] = useState<MembershipRole>(membership.role);
  const [changeRole, { loading: changing }] = useChangeMembershipRoleMutation();
  const [remove, { loading: removing }] = useRemoveMembershipMutation();
  const [error, setError] = useState<string>();
  const person = membership.person ? `${membership.person.firstName} ${membership.person.lastName}` : undefined;
  const member = person ? `${person} (${membership.organization.name})` : membership.organization.name;

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <tr>
      <th scope="row">{membership.organization.name}</th>
      <td>{person ?? <span className="table__note">La structure</span>}</td>
      <td>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            void run(() => changeRole(membership.id, role));
          }}
        >
          <SelectField
            label={`Rôle de ${member}`}
            hiddenLabel
            value={role}
            onChange={(value) => setRole(value as MembershipRole)}
          >
            <EnumOptions labels={MEMBERSHIP_ROLE_LABELS} />
          </SelectField>
          <button type="submit" className="button button--small" disabled={changing || role === membership.role}>
            Changer<span className="visually-hidden"> le rôle de {member}</span>
          </button>
        </form>
        {error && <ErrorPanel message={error} />}
      </td>
      <td>
        <ConfirmButton
          className="button button--small button--danger"
          disabled={removing}
          title={`Retirer ${member} du réseau ?`}
          message={`${member} ne fera plus partie de « ${networkName} ». Vous pourrez l’ajouter de nouveau.`}
          confirmLabel="Retirer du réseau"
          onConfirm={() => void run(() => remove(membership.id, membership.organization.id))}
        >
          Retirer<span className="visually-hidden"> {member}</span>
        </ConfirmButton>
      </td>
    </tr>
  );
}
