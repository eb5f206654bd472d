import { useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { QueryError } from '../app/QueryError';
import { TERRITORY_SLUG } from '../app/territory';
import { AccessRestricted } from '../accounts/RequireRole';
import { Loading, Notice } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { OrganizationForm } from './OrganizationForm';
import { ServiceEditor } from './ServiceEditor';
import { EMPTY_SERVICE, ServiceForm } from './ServiceForm';
import { useAddServiceMutation } from './service-mutations';

const OrganizationEditPageQuery = graphql(`
  query OrganizationEditPage($slug: String!, $territorySlug: String!) {
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
      ...OrganizationForm_organization
      services {
        id
        ...ServiceEditor_service
      }
    }
    territory(slug: $territorySlug) {
      id
      communes {
        inseeCode
      }
      ...ServiceForm_territory
    }
  }
`);

/** `/structures/:slug/modifier`: the structure's public details and its services, for its own people and admins. */
export function OrganizationEditPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(OrganizationEditPageQuery, {
    variables: { slug, territorySlug: TERRITORY_SLUG },
  });
  const organization = data?.organization;
  useDocumentTitle(organization ? `Modifier ${organization.name}` : 'Modifier une structure');
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string>();
  const [add] = useAddServiceMutation();
  const servicesTitle = useRef<HTMLHeadingElement>(null);

  if (loading) return <Loading />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!organization || !data.territory) {
    return (
      <>
        <h1>Structure introuvable</h1>
        <p>
          Aucune structure ne porte cette adresse. <Link to="/annuaire">Chercher dans l'annuaire</Link>
        </p>
      </>
    );
  }
  if (!organization.viewerCan.edit) {
    return (
      <AccessRestricted
        signedIn={!!data.me}
        reason={`Seules les personnes de ${organization.name} et la coordination peuvent modifier sa fiche.`}
      />
    );
  }
  const territory = data.territory;
  const territoryInseeCodes = territory.communes.map((commune) => commune.inseeCode);

  return (
    <article className="detail edit-page">
      <p className="detail__breadcrumb">
        <Link to="/annuaire">Annuaire</Link> <span aria-hidden="true">›</span>{' '}
        <Link to={`/structures/${organization.slug}`}>{organization.name}</Link> <span aria-hidden="true">›</span> Modifier
      </p>
      <h1>Modifier {organization.name}</h1>
      <p>
        <Link to={`/structures/${organization.slug}`}>Voir la fiche publique</Link>
      </p>

      <section aria-labelledby="details-title">
        <h2 id="details-title">Présentation et coordonnées</h2>
        <OrganizationForm organization={organization} />
      </section>

      <section aria-labelledby="edit-services-title">
        <div className="section-heading">
          <h2 id="edit-services-title" ref={servicesTitle} tabIndex={-1}>
            Services
          </h2>
          {!adding && (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              Ajouter un service
            </button>
          )}
        </div>
        <p className="page-intro">
          Un service qui n’a pas été vérifié depuis un an est signalé « à mettre à jour » : modifiez-le, ou confirmez qu’il est
          toujours exact.
        </p>
        <Notice>{notice}</Notice>
        {adding && (
          <div className="service-editor service-editor--new">
            <h3>Nouveau service</h3>
            <ServiceForm
              territory={territory}
              initial={EMPTY_SERVICE}
              submitLabel="Ajouter le service"
              onSubmit={async (input) => {
                await add(organization.id, input);
                setAdding(false);
                setNotice(`Service « ${input.name} » ajouté.`);
                servicesTitle.current?.focus();
              }}
              onCancel={() => setAdding(false)}
            />
          </div>
        )}
        {organization.services.length === 0 ? (
          <p>Aucun service n'est encore décrit.</p>
        ) : (
          <ul className="service-list">
            {organization.services.map((service) => (
              <li key={service.id}>
                <ServiceEditor
                  service={service}
                  territory={territory}
                  territoryInseeCodes={territoryInseeCodes}
                  onRemoved={() => {
                    setNotice('Service supprimé.');
                    servicesTitle.current?.focus();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
