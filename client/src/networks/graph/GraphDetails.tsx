import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { countOf } from '../../ui/format';
import type { GraphFocus } from './NetworkGraph';
import type { GraphModel } from './graph-model';
import { DIRECTED_KINDS, LINK_KIND_LABELS } from './link-kinds';

export const GraphDetailsLinkFragment = graphql(`
  fragment GraphDetails_link on NetworkLink {
    id
    kind
    description
    source
    from {
      id
      name
    }
    to {
      id
      name
    }
    sharedOrganizations {
      id
    }
    jointMeetings {
      id
    }
    sharedTrainings {
      id
    }
  }
`);

interface Props {
  id: string;
  focus: GraphFocus;
  model: GraphModel;
  /** The focused link, when a link is focused. */
  links: Array<FragmentType<typeof GraphDetailsLinkFragment>>;
}

/** What is under the pointer or the keyboard focus, in words (read out politely by screen readers). */
export function GraphDetails({ id, focus, model, links }: Props) {
  return (
    <div className="graph-details" id={id} aria-live="polite">
      <h2 className="graph-details__title">Détail</h2>
      {focus?.type === 'link' && links[0] ? <LinkDetails link={links[0]} /> : <NodeDetails focus={focus} model={model} />}
    </div>
  );
}

function LinkDetails(props: { link: FragmentType<typeof GraphDetailsLinkFragment> }) {
  const link = getFragmentData(GraphDetailsLinkFragment, props.link);
  return (
    <>
      <p className="graph-details__kind">{LINK_KIND_LABELS[link.kind]}</p>
      <p>
        <strong>{link.from.name}</strong> {DIRECTED_KINDS.includes(link.kind) ? '→' : '↔'} <strong>{link.to.name}</strong>
      </p>
      {link.description && <p>{link.description}</p>}
      {link.source && <p className="graph-details__source">{link.source}</p>}
      <p className="graph-details__counts">
        {countOf(link.sharedOrganizations.length, 'structure partagée', 'structures partagées')} ·{' '}
        {countOf(link.jointMeetings.length, 'réunion commune', 'réunions communes')} ·{' '}
        {countOf(link.sharedTrainings.length, 'formation partagée', 'formations partagées')}
      </p>
    </>
  );
}

function NodeDetails({ focus, model }: { focus: GraphFocus; model: GraphModel }) {
  const network = focus?.type === 'network' ? model.networks.find((n) => n.id === focus.id) : undefined;
  const organization = focus?.type === 'organization' ? model.organizations.find((o) => o.id === focus.id) : undefined;
  if (network) {
    const links = model.links.filter((l) => l.from.id === network.id || l.to.id === network.id);
    const shared = model.organizations.filter((o) => o.networkIds.includes(network.id));
    return (
      <>
        <p>
          <strong>{network.name}</strong>
        </p>
        <p>
          {countOf(links.length, 'lien', 'liens')} avec d'autres réseaux ·{' '}
          {countOf(shared.length, 'structure partagée', 'structures partagées')}
        </p>
        <p className="graph-details__hint">Entrée ou clic : ouvrir la page du réseau.</p>
      </>
    );
  }
  if (organization) {
    const names = organization.networkIds.map((id) => model.networks.find((n) => n.id === id)?.label ?? '');
    return (
      <>
        <p>
          <strong>{organization.name}</strong>
        </p>
        <p>Membre de {countOf(names.length, 'réseau', 'réseaux')} :</p>
        <ul className="graph-details__list">
          {names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ul>
        <p className="graph-details__hint">Entrée ou clic : ouvrir la fiche de la structure.</p>
      </>
    );
  }
  return (
    <p className="graph-details__hint">
      Survolez un réseau, un lien ou une structure, ou parcourez-les avec la touche Tab, pour en voir le détail.
    </p>
  );
}
