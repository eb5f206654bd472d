import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDay } from '../../ui/format';
import { USER_ROLE_LABELS } from '../../ui/labels';

export const PendingInvitationFragment = graphql(`
  fragment PendingInvitation_invitation on AccountInvitation {
    id
    email
    displayName
    role
    createdAt
    expiresAt
  }
`);

export function PendingInvitations(props: { invitations: Array<FragmentType<typeof PendingInvitationFragment>> }) {
  const invitations = props.invitations.map((invitation) => getFragmentData(PendingInvitationFragment, invitation));
  if (invitations.length === 0) return <p>Aucune invitation en attente.</p>;
  return (
    <ul className="plain-list">
      {invitations.map((invitation) => (
        <li key={invitation.id}>
          <strong>{invitation.displayName}</strong> &lt;{invitation.email}&gt; · {USER_ROLE_LABELS[invitation.role]}
          <span className="plain-list__meta">
            Invité le {formatDay(invitation.createdAt)}, lien valable jusqu’au {formatDay(invitation.expiresAt)}
          </span>
        </li>
      ))}
    </ul>
  );
}
