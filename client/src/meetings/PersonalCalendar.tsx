import { useState } from 'react';
import { errorMessage } from '../app/error-message';
import { ConfirmButton } from '../ui/ConfirmButton';
import { ErrorPanel } from '../ui/QueryStatus';
import { CalendarSubscription } from './CalendarSubscription';
import { useRegenerateCalendarUrlMutation } from './meeting-mutations';

/** The signed-in user's secret feed of their meetings, and the way to change its address if it leaked. */
export function PersonalCalendar({ userId, url }: { userId: string; url: string }) {
  const [regenerate, { loading }] = useRegenerateCalendarUrlMutation(userId);
  const [error, setError] = useState<string>();

  async function replace() {
    setError(undefined);
    try {
      await regenerate();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <CalendarSubscription title="Mes réunions dans mon agenda" url={url}>
      <p className="field__hint">Cette adresse est personnelle : qui la connaît voit vos réunions. Ne la partagez pas.</p>
      <ConfirmButton
        className="button button--small"
        disabled={loading}
        title="Changer l’adresse de votre agenda ?"
        message="L’adresse actuelle cessera de fonctionner : il faudra vous abonner de nouveau avec la nouvelle."
        confirmLabel="Changer l’adresse"
        onConfirm={() => void replace()}
      >
        Changer l’adresse
      </ConfirmButton>
      {error && <ErrorPanel message={error} />}
    </CalendarSubscription>
  );
}
