import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Notice } from '../../ui/QueryStatus';
import { AGENDA_STATUS_LABELS, AGENDA_STATUS_TAGS } from './agenda-labels';
import { AgendaItemDetails } from './AgendaItemDetails';
import { AgendaItemForm } from './AgendaItemForm';

export const MyAgendaProposalsFragment = graphql(`
  fragment MyAgendaProposals_meeting on Meeting {
    id
    myAgendaProposals {
      id
      title
      status
      reviewComment
      viewerCan {
        edit
      }
      ...AgendaItemDetails_item
      ...AgendaItemForm_item
    }
  }
`);

interface Props {
  meeting: FragmentType<typeof MyAgendaProposalsFragment>;
  people: Array<{ id: string; firstName: string; lastName: string }>;
}

/** The viewer's own proposals, with what the animators made of them; editable while they await review. */
export function MyAgendaProposals({ meeting: meetingRef, people }: Props) {
  const meeting = getFragmentData(MyAgendaProposalsFragment, meetingRef);
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  if (meeting.myAgendaProposals.length === 0) return null;
  return (
    <div className="my-agenda-proposals">
      <h3 id="my-proposals-title">Mes propositions</h3>
      <Notice>{notice}</Notice>
      <ul className="agenda-list" aria-labelledby="my-proposals-title">
        {meeting.myAgendaProposals.map((item) => (
          <li key={item.id} className="agenda-list__item">
            {editing === item.id ? (
              <AgendaItemForm
                meetingId={meeting.id}
                people={people}
                item={item}
                onDone={(message) => {
                  setEditing(undefined);
                  setNotice(message);
                }}
              />
            ) : (
              <>
                <p className="agenda-list__status">
                  <span className={`status-tag ${AGENDA_STATUS_TAGS[item.status]}`}>{AGENDA_STATUS_LABELS[item.status]}</span>
                </p>
                <AgendaItemDetails item={item} level={4} />
                {item.reviewComment && (
                  <p className="agenda-item__comment">
                    <strong>Commentaire des animateurs :</strong> {item.reviewComment}
                  </p>
                )}
                {item.viewerCan.edit && item.status === 'PROPOSED' && (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setNotice(undefined);
                      setEditing(item.id);
                    }}
                  >
                    Modifier<span className="visually-hidden"> la proposition « {item.title} »</span>
                  </button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
