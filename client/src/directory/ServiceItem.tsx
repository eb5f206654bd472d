import { graphql, getFragmentData, type FragmentType } from '../gql';
import { AUDIENCE_LABELS, SERVICE_MODE_LABELS, labelList } from '../ui/labels';
import { ThemeBadges } from '../ui/ThemeBadges';

export const ServiceItemFragment = graphql(`
  fragment ServiceItem_service on Service {
    id
    name
    description
    themes
    audiences
    modes
    communesServed {
      inseeCode
      name
    }
  }
`);

interface Props {
  service: FragmentType<typeof ServiceItemFragment>;
  /** INSEE codes of all the territory's communes, to say "Tout le territoire" instead of listing 15 names. */
  territoryInseeCodes: string[];
}

export function ServiceItem({ service: serviceRef, territoryInseeCodes }: Props) {
  const service = getFragmentData(ServiceItemFragment, serviceRef);
  const served = new Set(service.communesServed.map((commune) => commune.inseeCode));
  const wholeTerritory = territoryInseeCodes.length > 0 && territoryInseeCodes.every((code) => served.has(code));

  return (
    <article className="service">
      <h3 className="service__name">{service.name}</h3>
      {service.description && <p>{service.description}</p>}
      <ThemeBadges themes={service.themes} label={`Thèmes du service ${service.name}`} />
      <dl className="facts">
        {service.audiences.length > 0 && (
          <div>
            <dt>Publics</dt>
            <dd>{labelList(AUDIENCE_LABELS, service.audiences)}</dd>
          </div>
        )}
        {service.modes.length > 0 && (
          <div>
            <dt>Modalités</dt>
            <dd>{labelList(SERVICE_MODE_LABELS, service.modes)}</dd>
          </div>
        )}
        <div>
          <dt>Communes desservies</dt>
          <dd>
            {wholeTerritory
              ? 'Tout le territoire'
              : service.communesServed.length > 0
                ? service.communesServed.map((commune) => commune.name).join(', ')
                : 'Non précisé'}
          </dd>
        </div>
      </dl>
    </article>
  );
}
