import type { ReactNode } from 'react';

/** A titled part of the dashboard, named by its heading for landmarks navigation. */
export function DashboardSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="dashboard__section" aria-labelledby={`${id}-title`} id={id}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
