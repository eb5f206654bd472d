import { useEffect, useRef, type ReactNode } from 'react';

/** Says that the meeting changed under the user's edit; takes the focus so that it is read first. */
export function StaleVersionNotice({ children }: { children?: ReactNode }) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div ref={panel} className="conflict-warning" role="alert" tabIndex={-1}>
      <p className="conflict-warning__title">Quelqu'un a modifié cette réunion entre-temps.</p>
      {children && <p>{children}</p>}
    </div>
  );
}
