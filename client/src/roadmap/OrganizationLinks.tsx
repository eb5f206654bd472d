import { Link } from 'react-router';

interface Props {
  organizations: ReadonlyArray<{ id: string; slug: string; name: string }>;
  /** What to say when there is none; nothing when empty. */
  none?: string;
}

/**
 * « Caf de la Drôme, Département de la Drôme », each to its page. Plain fields rather than a fragment:
 * the roadmap's tree is already near the API's depth limit, which counts fragment spreads.
 */
export function OrganizationLinks({ organizations, none }: Props) {
  if (organizations.length === 0) return none ?? null;
  return organizations.map((organization, index) => (
    <span key={organization.id}>
      {index > 0 && ', '}
      <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
    </span>
  ));
}
