import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { ORGANIZATION_KIND_LABELS } from '../ui/labels';
import { ThemeBadges } from '../ui/ThemeBadges';

export const OrganizationResultFragment = graphql(`
  fragment OrganizationResult_organization on Organization {
    id
    slug
    name
    kind
    description
    commune {
      inseeCode
      name
    }
    services {
      id
      themes
    }
  }
`);

export function OrganizationResult(props: { organization: FragmentType<typeof OrganizationResultFragment> }) {
  const organization = getFragmentData(OrganizationResultFragment, props.organization);
  return (
    <article className="result">
      <h3 className="result__title">
        <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>
      </h3>
      <p className="result__meta">
        {ORGANIZATION_KIND_LABELS[organization.kind]}
        {organization.commune && <> · {organization.commune.name}</>}
      </p>
      {organization.description && <p className="result__description">{organization.description}</p>}
      <ThemeBadges themes={organization.services.flatMap((service) => service.themes)} label={`Thèmes de ${organization.name}`} />
    </article>
  );
}
