import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { countOf } from '../../ui/format';
import { DIRECTED_KINDS, LINK_KIND_LABELS } from './link-kinds';
import { LinkNetworkForm } from './LinkNetworkForm';
import { useUnlinkNetworksMutation } from './link-mutations';
import './graph.css';

export const NetworkLinksSectionFragment = graphql(`
  fragment NetworkLinksSection_network on Network {
    id
    slug
    name
    viewerCan {
      linkNetworks
    }
    territory {
      id
      networks {
        id
        slug
        name
      }
    }
    links {
      id
      kind
      description
      from {
        id
        slug
        name
      }
      to {
        id
        slug
        name
      }
      sharedOrganizations {
        id
      }
      viewerCan {
        manage
      }
    }
  }
`);

/** A network's links to the others, on its page: with whom, how, and how many structures they share. */
export function NetworkLinksSection(props: { network: FragmentType<typeof NetworkLinksSectionFragment> }) {
  const network = getFragmentData(NetworkLinksSectionFragment, props.network);
  const [unlink, { loading: unlinking }] = useUnlinkNetworksMutation();
  return (
    <section aria-labelledby="network-links-title">
      <h2 id="network-links-title">Liens avec d'autres réseaux</h2>
      {network.links.length === 0 ? (
        <p>Aucun lien avec un autre réseau n'est encore tracé.</p>
      ) : (
        <ul className="network-links">
          {network.links.map((link) => {
            const outgoing = link.from.id === network.id;
            const other = outgoing ? link.to : link.from;
            const direction = DIRECTED_KINDS.includes(link.kind) ? (outgoing ? ' vers' : ' depuis') : ' avec';
            return (
              <li key={link.id}>
                <span className="network-links__kind">
                  {LINK_KIND_LABELS[link.kind]}
                  {direction}
                </span>{' '}
                <Link to={`/reseaux/${other.slug}`}>{other.name}</Link>
                {link.description && <> — {link.description}</>}{' '}
                <span className="network-links__shared">
                  ({countOf(link.sharedOrganizations.length, 'structure partagée', 'structures partagées')})
                </span>
                {link.viewerCan.manage && (
                  <>
                    {' '}
                    <ConfirmButton
                      className="button button--small"
                      title={`Retirer le lien avec « ${other.name} » ?`}
                      message="Le lien disparaît du maillage ; les réseaux, leurs membres et leurs réunions ne changent pas."
                      confirmLabel="Retirer le lien"
                      onConfirm={() => void unlink(link.id)}
                      disabled={unlinking}
                    >
                      Retirer<span className="visually-hidden"> le lien avec {other.name}</span>
                    </ConfirmButton>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <p>
        <Link to="/reseaux/maillage">Voir le maillage de tous les réseaux</Link>
      </p>
      {network.viewerCan.linkNetworks && (
        <LinkNetworkForm network={network} others={network.territory.networks.filter((n) => n.id !== network.id)} />
      )}
    </section>
  );
}
