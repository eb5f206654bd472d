import { Link } from 'react-router';

/** « Caf de la Drôme, Département de la Drôme », each to its page. */
export function OrganizationLinks({
  organizations,
  none,
}: {
  organizations: ReadonlyArray<{ id: string; slug: string; name: string }>;
  none: string;
}) {
  if (organizations.length === 0) return <>{none}</>;
  return organizations.map((organization, index) => (
    <span key={organization.id}>
      {index > 0 && ', '}
      <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
    </span>
  ));
}
