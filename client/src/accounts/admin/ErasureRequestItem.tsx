import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { errorMessage } from '../../app/error-message';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { formatDateTime } from '../../ui/format';
import { ERASURE_STATUS_LABELS } from '../../ui/labels';
import { ErrorPanel } from '../../ui/QueryStatus';

export const ErasureRequestItemFragment = graphql(`
  fragment ErasureRequestItem_request on ErasureRequest {
    id
    reason
    status
    requestedAt
    handledAt
    user {
      id
      displayName
      email
    }
  }
`);

const HandleErasureRequestMutation = graphql(`
  mutation HandleErasureRequest($id: ID!, $approve: Boolean!) {
    handleErasureRequest(id: $id, approve: $approve) {
      id
      ...ErasureRequestItem_request
      user {
        id
        disabledAt
      }
    }
  }
`);

function useHandleErasureRequestMutation() {
  const [mutate, state] = useMutation(HandleErasureRequestMutation);
  const handle = (id: string, approve: boolean) => mutate({ variables: { id, approve } });
  return [handle, state] as const;
}

export function ErasureRequestItem(props: { request: FragmentType<typeof ErasureRequestItemFragment> }) {
  const request = getFragmentData(ErasureRequestItemFragment, props.request);
  const [handle, { loading }] = useHandleErasureRequestMutation();
  const [error, setError] = useState<string>();
  const who = request.user.displayName;

  async function decide(approve: boolean) {
    setError(undefined);
    try {
      await handle(request.id, approve);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <article className="erasure-request">
      <h3 className="erasure-request__title">
        {who} <span className="erasure-request__email">{request.user.email}</span>
      </h3>
      <dl className="facts">
        <div>
          <dt>Demandée le</dt>
          <dd>{formatDateTime(request.requestedAt)}</dd>
        </div>
        <div>
          <dt>Motif</dt>
          <dd>{request.reason || 'Non précisé'}</dd>
        </div>
        <div>
          <dt>Statut</dt>
          <dd>
            <span className={`status-tag status-tag--${request.status.toLowerCase()}`}>
              {ERASURE_STATUS_LABELS[request.status]}
            </span>
            {request.handledAt && <> le {formatDateTime(request.handledAt)}</>}
          </dd>
        </div>
      </dl>
      {request.status === 'PENDING' && (
        <div className="form-actions">
          <ConfirmButton
            className="button button--danger"
            disabled={loading}
            title={`Effacer les données de ${who} ?`}
            message="Le compte est fermé, et la personne anonymisée dans l’annuaire et dans le journal. C’est irréversible."
            confirmLabel="Effacer les données"
            onConfirm={() => void decide(true)}
          >
            Effacer les données<span className="visually-hidden"> de {who}</span>
          </ConfirmButton>
          <ConfirmButton
            className="button"
            disabled={loading}
            title={`Refuser la demande de ${who} ?`}
            message="Le compte et les données restent en l’état. Prévenez la personne de la raison du refus."
            confirmLabel="Refuser la demande"
            onConfirm={() => void decide(false)}
          >
            Refuser<span className="visually-hidden"> la demande de {who}</span>
          </ConfirmButton>
        </div>
      )}
      {error && <ErrorPanel message={error} />}
    </article>
  );
}
