import { useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { errorMessage } from '../../app/error-message';
import { formatDateTime } from '../../ui/format';
import { ErrorPanel } from '../../ui/QueryStatus';
import { useRetryFailedJobMutation } from './job-mutations';
import { jobLabel } from './job-labels';

export const FailedJobRowFragment = graphql(`
  fragment FailedJobRow_failure on JobFailure {
    id
    name
    data
    error
    attempts
    failedAt
  }
`);

interface Props {
  failure: FragmentType<typeof FailedJobRowFragment>;
  /** Called once the job is queued again (its row then leaves the list). */
  onRetried: (label: string) => void;
}

export function FailedJobRow({ failure: failureRef, onRetried }: Props) {
  const failure = getFragmentData(FailedJobRowFragment, failureRef);
  const [retry, { loading }] = useRetryFailedJobMutation();
  const [error, setError] = useState<string>();
  const label = jobLabel(failure.name);

  async function retryJob() {
    setError(undefined);
    try {
      await retry(failure.id);
      onRetried(label);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <tr>
      <th scope="row" className="table__nowrap">
        {formatDateTime(failure.failedAt)}
      </th>
      <td>
        {label === failure.name ? (
          <code>{failure.name}</code>
        ) : (
          <>
            {label}
            <span className="table__note">
              <code>{failure.name}</code>
            </span>
          </>
        )}
      </td>
      <td>{failure.error}</td>
      <td>{failure.attempts}</td>
      <td>
        <JobData data={failure.data} />
      </td>
      <td>
        <button type="button" className="button button--small" disabled={loading} onClick={() => void retryJob()}>
          Relancer
          <span className="visually-hidden">
            {' '}
            la tâche « {label} » du {formatDateTime(failure.failedAt)}
          </span>
        </button>
        {error && <ErrorPanel message={error} />}
      </td>
    </tr>
  );
}

/** The job's data as recorded (JSON), indented; null when there is none. */
function readableJson(data: string): string | null {
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed === null || (typeof parsed === 'object' && Object.keys(parsed).length === 0)) return null;
    return JSON.stringify(parsed, null, 2);
  } catch {
    return data; // not JSON after all: shown as recorded
  }
}

function JobData({ data }: { data: string }) {
  const readable = readableJson(data);
  return readable === null ? <>—</> : <pre className="audit-details">{readable}</pre>;
}
