import { graphql, getFragmentData, type FragmentType } from '../gql';
import { ActionItemRow } from './ActionItemRow';
import { AddActionItemForm } from './AddActionItemForm';

export const MeetingActionItemsFragment = graphql(`
  fragment MeetingActionItems_meeting on Meeting {
    id
    status
    viewerCan {
      manage
    }
    actionItems {
      id
      done
      ...ActionItemRow_actionItem
    }
    invitations {
      id
      person {
        id
        firstName
        lastName
      }
    }
  }
`);

/** What was decided and who follows it up; managers add actions, owners tick theirs off. */
export function MeetingActionItems(props: { meeting: FragmentType<typeof MeetingActionItemsFragment> }) {
  const meeting = getFragmentData(MeetingActionItemsFragment, props.meeting);
  const canAdd = meeting.viewerCan.manage && (meeting.status === 'SCHEDULED' || meeting.status === 'HELD');
  // Those who take part get the invitations; others get no actions either, so say nothing.
  if (meeting.actionItems.length === 0 && !canAdd) return null;
  const open = meeting.actionItems.filter((item) => !item.done).length;
  return (
    <section aria-labelledby="actions-title">
      <h2 id="actions-title">Actions à suivre</h2>
      {meeting.actionItems.length === 0 ? (
        <p className="empty-state">Aucune action pour l’instant.</p>
      ) : (
        <>
          <p className="panel__intro">
            {open === 0 ? 'Toutes les actions sont faites.' : `${open} à faire sur ${meeting.actionItems.length}.`}
          </p>
          <ul className="action-items">
            {meeting.actionItems.map((item) => (
              <ActionItemRow key={item.id} item={item} />
            ))}
          </ul>
        </>
      )}
      {canAdd && (
        <AddActionItemForm meetingId={meeting.id} invitees={meeting.invitations.map((invitation) => invitation.person)} />
      )}
    </section>
  );
}
