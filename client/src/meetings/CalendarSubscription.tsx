import { useId, useState, type ReactNode } from 'react';

interface Props {
  title: string;
  url: string;
  children?: ReactNode;
}

/** webcal: asks the system's calendar application to subscribe (http: would just download the file). */
const webcal = (url: string) => url.replace(/^https?:/, 'webcal:');

/**
 * An iCalendar feed to subscribe to: a link for calendar applications, and the address to copy into
 * those that ask for one (Outlook on the web, Google Agenda).
 */
export function CalendarSubscription({ title, url, children }: Props) {
  const id = useId();
  const [copied, setCopied] = useState<string>();

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('Adresse copiée.');
    } catch {
      setCopied('Copie impossible : sélectionnez l’adresse et copiez-la.');
    }
  }

  return (
    <div className="calendar-subscription">
      <h2 className="calendar-subscription__title">{title}</h2>
      <p>
        <a className="button button--small" href={webcal(url)}>
          S’abonner dans mon agenda
        </a>
      </p>
      <label htmlFor={`${id}-url`}>Adresse de l’agenda (iCalendar)</label>
      <div className="inline-form">
        <input id={`${id}-url`} type="text" readOnly value={url} onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--small" onClick={() => void copy()}>
          Copier
        </button>
      </div>
      <p className="calendar-subscription__notice" role="status">
        {copied}
      </p>
      {children}
    </div>
  );
}
