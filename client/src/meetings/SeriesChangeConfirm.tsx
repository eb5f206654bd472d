import { useEffect, useRef } from 'react';
import { formatSlot } from '../ui/paris-time';
import { LEFT_ALONE_LABELS } from './series-labels';
import type { useSeriesChangePreview } from './series-mutations';

export type SeriesPreview = NonNullable<Awaited<ReturnType<ReturnType<typeof useSeriesChangePreview>>>>;

interface Props {
  preview: SeriesPreview;
  /** « modification » or « annulation ». */
  action: string;
  confirmLabel: string;
  onConfirm: () => void;
  onBack: () => void;
  busy?: boolean;
}

/** « Cette modification concerne 3 réunions : … », before a change to several meetings of a series. */
export function SeriesChangeConfirm({ preview, action, confirmLabel, onConfirm, onBack, busy }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  const count = preview.willChange.length;
  return (
    <div ref={panel} className="conflict-warning series-confirm" role="alert" tabIndex={-1}>
      <p className="conflict-warning__title">
        {count === 0
          ? `Cette ${action} ne concerne aucune réunion.`
          : `Cette ${action} concerne ${count} réunion${count > 1 ? 's' : ''} :`}
      </p>
      {count > 0 && (
        <ul className="conflict-warning__list">
          {preview.willChange.map((meeting) => (
            <li key={meeting.id}>{formatSlot(meeting.startsAt, meeting.endsAt)}</li>
          ))}
        </ul>
      )}
      {preview.leftAlone.length > 0 && (
        <>
          <p>Restent telles quelles :</p>
          <ul className="conflict-warning__list">
            {preview.leftAlone.map(({ meeting, reason }) => (
              <li key={meeting.id}>
                {formatSlot(meeting.startsAt, meeting.endsAt)} ({LEFT_ALONE_LABELS[reason]})
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onBack}>
          Revenir
        </button>
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy || count === 0}>
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
