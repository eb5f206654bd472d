import { useId, useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { AgendaItemStatus } from '../../gql/graphql';
import { formErrorOf } from '../../app/form-errors';
import { FormAlert, Notice } from '../../ui/QueryStatus';
import { personName } from '../person-name';
import { AGENDA_STATUS_LABELS, AGENDA_STATUS_TAGS } from './agenda-labels';
import { useReviewAgendaItemMutation } from './agenda-mutations';
import { AgendaItemDetails, AgendaItemDetailsFragment } from './AgendaItemDetails';
import { AgendaItemForm } from './AgendaItemForm';

export const AgendaProposalFragment = graphql(`
  fragment AgendaProposal_item on AgendaItem {
    id
    title
    status
    reviewComment
    viewerCan {
      edit
    }
    proposedBy {
      id
      firstName
      lastName
    }
  }
`);

const DECISIONS: Array<{ status: AgendaItemStatus; label: string; done: string }> = [
  { status: 'ACCEPTED', label: 'Accepter', done: 'inscrit à l’ordre du jour' },
  { status: 'DEFERRED', label: 'Reporter', done: 'reporté' },
  { status: 'REJECTED', label: 'Refuser', done: 'refusé' },
];

type ProposalRef = FragmentType<typeof AgendaProposalFragment> & FragmentType<typeof AgendaItemDetailsFragment>;

interface Props {
  meetingId: string;
  proposals: ProposalRef[];
  /** The presenters to choose from when an animator edits a proposal. */
  people: Array<{ id: string; firstName: string; lastName: string }>;
}

/**
 * The animators' queue: each proposal accepted (put at the end of the agenda), deferred or rejected,
 * with a comment; they may first edit it (shorten it, name its presenter).
 */
export function AgendaReviewQueue({ meetingId, proposals: refs, people }: Props) {
  const proposals = refs.map((ref) => ({
    ref,
    details: getFragmentData(AgendaItemDetailsFragment, ref),
    ...getFragmentData(AgendaProposalFragment, ref),
  }));
  const [notice, setNotice] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const pending = proposals.filter((item) => item.status === 'PROPOSED');
  const reviewed = proposals.filter((item) => item.status !== 'PROPOSED');
  return (
    <div className="agenda-queue">
      <h3 id="agenda-queue-title">Propositions à examiner ({pending.length})</h3>
      <Notice>{notice}</Notice>
      {pending.length === 0 ? (
        <p className="empty-state">Aucune proposition en attente.</p>
      ) : (
        <ul className="agenda-list" aria-labelledby="agenda-queue-title">
          {pending.map((item) => (
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
                  <AgendaItemDetails item={item.ref} level={4} />
                  <p className="agenda-list__by">
                    Proposé par {item.proposedBy ? personName(item.proposedBy) : 'une personne qui n’est plus dans l’annuaire'}
                    {item.viewerCan.edit && (
                      <>
                        {' '}
                        <button
                          type="button"
                          className="button button--small button--link"
                          onClick={() => {
                            setNotice(undefined);
                            setEditing(item.id);
                          }}
                        >
                          Modifier<span className="visually-hidden"> la proposition « {item.title} »</span>
                        </button>
                      </>
                    )}
                  </p>
                  <ReviewForm itemId={item.id} title={item.title} current={item.status} onReviewed={setNotice} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {reviewed.length > 0 && (
        <details className="agenda-queue__reviewed">
          <summary>Propositions déjà examinées ({reviewed.length})</summary>
          <ul className="agenda-list">
            {reviewed.map((item) => (
              <li key={item.id} className="agenda-list__item">
                <p className="agenda-list__status">
                  <strong>{item.title}</strong>{' '}
                  <span className={`status-tag ${AGENDA_STATUS_TAGS[item.status]}`}>{AGENDA_STATUS_LABELS[item.status]}</span>
                </p>
                {item.reviewComment && <p className="agenda-item__comment">Commentaire : {item.reviewComment}</p>}
                <ReviewForm itemId={item.id} title={item.title} current={item.status} onReviewed={setNotice} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

interface ReviewFormProps {
  itemId: string;
  title: string;
  current: AgendaItemStatus;
  onReviewed: (message: string) => void;
}

function ReviewForm({ itemId, title, current, onReviewed }: ReviewFormProps) {
  const id = useId();
  const [review, { loading }] = useReviewAgendaItemMutation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();

  async function decide(status: AgendaItemStatus, done: string) {
    setError(undefined);
    try {
      await review(itemId, status, comment.trim() || null);
      onReviewed(`« ${title} » : ${done}. Son auteur·rice est prévenu·e par courriel.`);
    } catch (caught) {
      setError(formErrorOf(caught).message);
    }
  }

  return (
    <div className="agenda-review" role="group" aria-label={`Examen de « ${title} »`}>
      <FormAlert message={error} />
      <div className="field">
        <label htmlFor={`${id}-comment`}>
          Commentaire<span className="visually-hidden"> sur « {title} »</span> (envoyé à l’auteur·rice)
        </label>
        <textarea id={`${id}-comment`} rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <div className="form-actions">
        {DECISIONS.filter((decision) => decision.status !== current).map((decision) => (
          <button
            key={decision.status}
            type="button"
            className={`button button--small${decision.status === 'ACCEPTED' ? ' button--primary' : ''}`}
            disabled={loading}
            onClick={() => void decide(decision.status, decision.done)}
          >
            {decision.label}
            <span className="visually-hidden"> « {title} »</span>
          </button>
        ))}
      </div>
    </div>
  );
}
