import { useId, useRef } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { MAIL_STATUS_LABELS, MAIL_STATUS_TAGS } from './job-labels';
import { LinkifiedText } from './LinkifiedText';

export const SentMailRowFragment = graphql(`
  fragment SentMailRow_mail on MailMessage {
    id
    to
    subject
    text
    status
    createdAt
    sentAt
    error
  }
`);

/** One message of the outbox; its subject opens the message in a dialog (Escape closes it). */
export function SentMailRow(props: { mail: FragmentType<typeof SentMailRowFragment> }) {
  const mail = getFragmentData(SentMailRowFragment, props.mail);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  return (
    <tr>
      <th scope="row" className="table__nowrap">
        {formatDateTime(mail.createdAt)}
      </th>
      <td>{mail.to}</td>
      <td>
        <button type="button" className="button button--link" onClick={() => dialog.current?.showModal()}>
          {mail.subject}
          <span className="visually-hidden"> (lire le message)</span>
        </button>
        <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId}>
          <h2 id={titleId} className="confirm-dialog__title">
            {mail.subject}
          </h2>
          <dl className="facts">
            <div>
              <dt>À</dt>
              <dd>{mail.to}</dd>
            </div>
            <div>
              <dt>État</dt>
              <dd>
                {MAIL_STATUS_LABELS[mail.status]}
                {mail.sentAt && <> le {formatDateTime(mail.sentAt)}</>}
              </dd>
            </div>
            {mail.error && (
              <div>
                <dt>Dernière erreur</dt>
                <dd>{mail.error}</dd>
              </div>
            )}
          </dl>
          <div style={{ margin: '1rem 0', whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <LinkifiedText text={mail.text} />
          </div>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              Fermer
            </button>
          </div>
        </dialog>
      </td>
      <td>
        <span className={`status-tag status-tag--${MAIL_STATUS_TAGS[mail.status]}`}>{MAIL_STATUS_LABELS[mail.status]}</span>
        {mail.error && <span className="table__note">{mail.error}</span>}
      </td>
    </tr>
  );
}
