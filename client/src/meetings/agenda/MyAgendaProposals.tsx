import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { Notice } from '../../ui/QueryStatus';
import { AGENDA_STATUS_LABELS, AGENDA_STATUS_TAGS } from './agenda-labels';
import { AgendaItemDetails, AgendaItemDetailsFragment } from './AgendaItemDetails';
import { AgendaItemForm } from './AgendaItemForm';

export const MyAgendaProposalFragment = graphql(`
  fragment MyAgendaProposal_item on AgendaItem {
    id
    title
    status
    reviewComment
    viewerCan {
      edit
    }
  }
`);

interface Props {
  meetingId: string;
  proposals: Array<FragmentType<typeof MyAgendaProposalFragment> & FragmentType<typeof AgendaItemDetailsFragment>>;
  people: Array<{ id: string; firstName: string; lastName: string }>;
}

/** The viewer's own proposals, with what the animators made of them; editable while they await review. */
export function MyAgendaProposals({ meetingId, proposals: refs, people }: Props) {
  const proposals = refs.map((ref) => ({
    ref,
    details: getFragmentData(AgendaItemDetailsFragment, ref),
    ...getFragmentData(MyAgendaProposalFragment, ref),
  }));
  const [editing, setEditing] = useState<string>();
  const [notice, setNotice] = useState<string>();
  if (proposals.length === 0) return null;
  return (
    <div className="my-agenda-proposals">
      <h3 id="my-proposals-title">Mes propositions</h3>
      <Notice>{notice}</Notice>
      <ul className="agenda-list" aria-labelledby="my-proposals-title">
        {proposals.map((item) => (
          <li key={item.id} className="agenda-list__item">
            {editing === item.id ? (
              <AgendaItemForm
                meetingId={meetingId}
                people={people}
                item={item.details}
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
                <AgendaItemDetails item={item.ref} level={4} />
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
