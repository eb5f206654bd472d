import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { UserRole } from '../../gql/graphql';
import { errorMessage } from '../../app/error-message';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { EnumOptions } from '../../ui/EnumOptions';
import { formatDay } from '../../ui/format';
import { USER_ROLE_LABELS } from '../../ui/labels';
import { ErrorPanel } from '../../ui/QueryStatus';
import { SelectField } from '../../ui/SelectField';
import { useChangeUserRoleMutation, useSetUserDisabledMutation } from './user-mutations';

export const UserRowFragment = graphql(`
  fragment UserRow_user on User {
    id
    displayName
    email
    role
    disabledAt
    viewerCan {
      changeRole
      disable
    }
    person {
      id
      organization {
        id
        name
      }
    }
  }
`);

interface Props {
  user: FragmentType<typeof UserRowFragment>;
  /** Marks the signed-in admin's own row; what may be done with each account comes from `viewerCan`. */
  isSelf: boolean;
}

export function UserRow({ user: userRef, isSelf }: Props) {
  const user = getFragmentData(UserRowFragment, userRef);
  const [changeRole, { loading: changingRole }] = useChangeUserRoleMutation();
  const [setDisabled, { loading: settingDisabled }] = useSetUserDisabledMutation();
  const [role, setRole] = useState<UserRole>(user.role);
  const [error, setError] = useState<string>();

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <tr className={user.disabledAt ? 'is-disabled' : undefined}>
      <th scope="row">
        {user.displayName}
        {isSelf && <span className="table__note">(vous)</span>}
        <span className="table__note">{user.email}</span>
      </th>
      <td>{user.person?.organization?.name ?? '—'}</td>
      <td>
        {!user.viewerCan.changeRole ? (
          USER_ROLE_LABELS[user.role]
        ) : (
          <form
            className="inline-form"
            onSubmit={(event) => {
              event.preventDefault();
              void run(() => changeRole(user.id, role));
            }}
          >
            <SelectField
              label={`Rôle de ${user.displayName}`}
              hiddenLabel
              value={role}
              onChange={(value) => setRole(value as UserRole)}
            >
              <EnumOptions labels={USER_ROLE_LABELS} />
            </SelectField>
            <button type="submit" className="button button--small" disabled={changingRole || role === user.role}>
              Changer<span className="visually-hidden"> le rôle de {user.displayName}</span>
            </button>
          </form>
        )}
      </td>
      <td>{user.disabledAt ? `Désactivé le ${formatDay(user.disabledAt)}` : 'Actif'}</td>
      <td>
        {user.viewerCan.disable &&
          (user.disabledAt ? (
            <button
              type="button"
              className="button button--small"
              disabled={settingDisabled}
              onClick={() => void run(() => setDisabled(user.id, false))}
            >
              Réactiver<span className="visually-hidden"> le compte de {user.displayName}</span>
            </button>
          ) : (
            <ConfirmButton
              className="button button--small button--danger"
              disabled={settingDisabled}
              title={`Désactiver le compte de ${user.displayName} ?`}
              message="Ses sessions ouvertes sont fermées et il ne pourra plus se connecter ; son historique est conservé. Vous pourrez le réactiver."
              confirmLabel="Désactiver le compte"
              onConfirm={() => void run(() => setDisabled(user.id, true))}
            >
              Désactiver<span className="visually-hidden"> le compte de {user.displayName}</span>
            </ConfirmButton>
          ))}
        {error && <ErrorPanel message={error} />}
      </td>
    </tr>
  );
}
