import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { ORGANIZATION_KIND_LABELS } from '../ui/labels';
import { Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { ContactPerson } from './ContactPerson';
import { OrganizationContact } from './OrganizationContact';
import { OrganizationDossier } from './OrganizationDossier';
import { OrganizationNetworks } from './OrganizationNetworks';
import { ServiceItem } from './ServiceItem';

const OrganizationPageQuery = graphql(`
  query OrganizationPage($slug: String!, $territorySlug: String!) {
    me {
      id
    }
    organization(slug: $slug) {
      id
      slug
      name
      viewerCan {
        edit
      }
      kind
      description
      labels
      ...OrganizationContact_organization
      services {
        id
        ...ServiceItem_service
      }
      ...OrganizationNetworks_organization
      ...OrganizationDossier_organization
      people {
        id
        ...ContactPerson_person
      }
    }
    territory(slug: $territorySlug) {
      id
      communes {
        inseeCode
      }
    }
  }
`);

export function OrganizationPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrganizationPageQuery, {
    variables: { slug, territorySlug: TERRITORY_SLUG },
  });
  const organization = data?.organization;
  useDocumentTitle(organization?.name ?? (data ? 'Structure introuvable' : 'Structure'));

  if (loading) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!organization) {
    return (
      <>
        <h1>Structure introuvable</h1>
        <p>
          Aucune structure ne porte cette adresse. <Link to="/annuaire">Chercher dans l'annuaire</Link>
        </p>
      </>
    );
  }
  const territoryInseeCodes = data.territory?.communes.map((commune) => commune.inseeCode) ?? [];

  return (
    <article className="detail">
      <p className="detail__breadcrumb">
        <Link to="/annuaire">Annuaire</Link> <span aria-hidden="true">›</span> {ORGANIZATION_KIND_LABELS[organization.kind]}
      </p>
      <div className="detail__heading">
        <h1>{organization.name}</h1>
        {organization.viewerCan.edit && (
          <Link className="button" to={`/structures/${organization.slug}/modifier`}>
            Modifier<span className="visually-hidden"> la fiche de {organization.name}</span>
          </Link>
        )}
      </div>
      <p className="detail__kind">{ORGANIZATION_KIND_LABELS[organization.kind]}</p>
      {organization.labels.length > 0 && (
        <ul className="labels" aria-label="Labels et dispositifs">
          {organization.labels.map((label) => (
            <li key={label} className="label-tag">
              {label}
            </li>
          ))}
        </ul>
      )}
      <div className="detail__grid">
        <div className="detail__main">
          {organization.description && <p className="detail__lead">{organization.description}</p>}
          <section aria-labelledby="services-title">
            <h2 id="services-title">Services</h2>
            {organization.services.length === 0 ? (
              <p>Aucun service n'est encore décrit.</p>
            ) : (
              <ul className="service-list">
                {organization.services.map((service) => (
                  <li key={service.id}>
                    <ServiceItem service={service} territoryInseeCodes={territoryInseeCodes} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <OrganizationDossier organization={organization} signedIn={data.me != null} />
        </div>
        <aside className="detail__aside" aria-label="Coordonnées, réseaux et contacts">
          <section aria-labelledby="contact-title">
            <h2 id="contact-title">Coordonnées</h2>
            <OrganizationContact organization={organization} />
          </section>
          <section aria-labelledby="networks-title">
            <h2 id="networks-title">Réseaux</h2>
            <OrganizationNetworks organization={organization} />
          </section>
          {organization.people.length > 0 && (
            <section aria-labelledby="people-title">
              <h2 id="people-title">Contacts</h2>
              <ul className="people-list">
                {organization.people.map((person) => (
                  <li key={person.id}>
                    <ContactPerson person={person} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </aside>
      </div>
    </article>
  );
}
