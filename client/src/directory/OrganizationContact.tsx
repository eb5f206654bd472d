import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatOpeningHours } from '../ui/format';

export const OrganizationContactFragment = graphql(`
  fragment OrganizationContact_organization on Organization {
    id
    address
    website
    publicEmail
    publicPhone
    openingHours
    commune {
      inseeCode
      name
    }
  }
`);

/** The structure's own public contact details, each shown only when known. */
export function OrganizationContact(props: { organization: FragmentType<typeof OrganizationContactFragment> }) {
  const organization = getFragmentData(OrganizationContactFragment, props.organization);
  const { address, website, publicEmail, publicPhone, openingHours, commune } = organization;
  if (!address && !website && !publicEmail && !publicPhone && !openingHours && !commune) {
    return <p>Aucune coordonnée publique n'est renseignée.</p>;
  }
  return (
    <dl className="facts facts--contact">
      {commune && (
        <div>
          <dt>Commune</dt>
          <dd>{commune.name}</dd>
        </div>
      )}
      {address && (
        <div>
          <dt>Adresse</dt>
          <dd>{address}</dd>
        </div>
      )}
      {website && (
        <div>
          <dt>Site web</dt>
          <dd>
            <a href={website} rel="noopener noreferrer" target="_blank">
              {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
              <span className="visually-hidden"> (nouvel onglet)</span>
            </a>
          </dd>
        </div>
      )}
      {publicEmail && (
        <div>
          <dt>Courriel</dt>
          <dd>
            <a href={`mailto:${publicEmail}`}>{publicEmail}</a>
          </dd>
        </div>
      )}
      {publicPhone && (
        <div>
          <dt>Téléphone</dt>
          <dd>
            <a href={`tel:${publicPhone.replace(/\s+/g, '')}`}>{publicPhone}</a>
          </dd>
        </div>
      )}
      {openingHours && (
        <div>
          <dt>Horaires</dt>
          <dd className="opening-hours">
            {formatOpeningHours(openingHours).map((rule) => (
              <span key={rule}>{rule}</span>
            ))}
          </dd>
        </div>
      )}
    </dl>
  );
}
