import { useState } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { errorMessage } from '../app/error-message';
import { formatDay } from '../ui/format';
import { ErrorPanel } from '../ui/QueryStatus';
import { useConfirmServiceMutation } from './service-mutations';

export const StaleServiceFragment = graphql(`
  fragment StaleService_service on Service {
    id
    name
    updatedAt
    organization {
      id
      slug
      name
    }
  }
`);

interface Props {
  services: Array<FragmentType<typeof StaleServiceFragment>>;
  /** An admin's list spans every structure: each item then names its own. */
  showOrganization: boolean;
}

/** Services not checked for a year (« à mettre à jour »): confirm them as they are, or open the structure's editor. */
export function StaleServices({ services, showOrganization }: Props) {
  if (services.length === 0) return <p>Tous les services sont à jour : merci !</p>;
  return (
    <ul className="stale-list">
      {services.map((service) => (
        <li key={getFragmentData(StaleServiceFragment, service).id}>
          <StaleServiceItem service={service} showOrganization={showOrganization} />
        </li>
      ))}
    </ul>
  );
}

function StaleServiceItem(props: { service: FragmentType<typeof StaleServiceFragment>; showOrganization: boolean }) {
  const service = getFragmentData(StaleServiceFragment, props.service);
  const [confirm, { loading }] = useConfirmServiceMutation();
  const [error, setError] = useState<string>();

  async function confirmService() {
    setError(undefined);
    try {
      await confirm(service.id);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <article className="stale-service">
      <h3 className="stale-service__name">{service.name}</h3>
      <p className="stale-service__meta">
        {props.showOrganization && <>{service.organization.name} · </>}
        Mis à jour le {formatDay(service.updatedAt)}
      </p>
      <div className="form-actions">
        <button type="button" className="button" disabled={loading} onClick={() => void confirmService()}>
          Toujours exact<span className="visually-hidden"> : {service.name}</span>
        </button>
        <Link className="button" to={`/structures/${service.organization.slug}/modifier`}>
          Modifier<span className="visually-hidden"> {service.name}</span>
        </Link>
      </div>
      {error && <ErrorPanel message={error} />}
    </article>
  );
}
