import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDateTime } from '../../ui/format';
import { AUDIT_ACTION_LABELS, parseEnum } from '../../ui/labels';

export const AuditEntryRowFragment = graphql(`
  fragment AuditEntryRow_entry on AuditEntry {
    id
    at
    action
    targetId
    details
    actor {
      id
      displayName
      email
    }
  }
`);

export function AuditEntryRow(props: { entry: FragmentType<typeof AuditEntryRowFragment> }) {
  const entry = getFragmentData(AuditEntryRowFragment, props.entry);
  const action = parseEnum(AUDIT_ACTION_LABELS, entry.action);
  return (
    <tr>
      <th scope="row" className="table__nowrap">
        {formatDateTime(entry.at)}
      </th>
      <td>
        {action ? AUDIT_ACTION_LABELS[action] : entry.action}
        <span className="table__note">
          <code>{entry.action}</code>
        </span>
      </td>
      <td>
        {entry.actor ? (
          <>
            {entry.actor.displayName}
            <span className="table__note">{entry.actor.email}</span>
          </>
        ) : (
          'Anonyme'
        )}
      </td>
      <td>{entry.targetId ? <code className="audit-target">{entry.targetId}</code> : '—'}</td>
      <td>
        <AuditDetails details={entry.details} />
      </td>
    </tr>
  );
}

/** The arguments recorded with the change (secrets already masked by the API), readable. */
function AuditDetails({ details }: { details: string }) {
  const pretty = prettyDetails(details);
  return pretty === null ? <>—</> : <pre className="audit-details">{pretty}</pre>;
}

/** Indented JSON; null when there is nothing to show; the text as recorded when it is not JSON after all. */
function prettyDetails(details: string): string | null {
  try {
    const parsed: unknown = JSON.parse(details);
    if (parsed && typeof parsed === 'object' && Object.keys(parsed).length === 0) return null;
    return JSON.stringify(parsed, null, 2);
  } catch {
    return details;
  }
}
