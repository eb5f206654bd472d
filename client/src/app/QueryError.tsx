import { ErrorPanel } from '../ui/QueryStatus';
import { errorMessage } from './error-message';

export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  return <ErrorPanel message={errorMessage(error)} onRetry={onRetry} />;
}
