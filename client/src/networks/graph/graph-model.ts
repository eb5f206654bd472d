import type { NetworkKind, NetworkLinkKind, Theme } from '../../gql/graphql';
import { THEME_LABELS } from '../../ui/labels';
import type { LayoutEdge, LayoutNode } from './graph-layout';

export interface GraphNetwork {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  theme?: Theme | null;
  memberships: Array<{ organization: { id: string; slug: string; name: string } }>;
}

export interface GraphLink {
  id: string;
  kind: NetworkLinkKind;
  description?: string | null;
  from: { id: string };
  to: { id: string };
}

export interface NetworkNode {
  id: string;
  slug: string;
  name: string;
  label: string;
  theme: Theme | null;
  radius: number;
}

export interface OrganizationNode {
  id: string;
  slug: string;
  name: string;
  networkIds: string[];
  radius: number;
}

export interface GraphModel {
  networks: NetworkNode[];
  /** Structures drawn: members of at least two networks, but not of all of them. */
  organizations: OrganizationNode[];
  /**
   * Members of every network (the Caf and the intercommunality, which carry the CTG): named beside
   * the graph rather than drawn with a line to each network, which would cross everything.
   */
  everywhere: OrganizationNode[];
  /** Links whose two ends are drawn (links to networks of another territory are left out). */
  links: GraphLink[];
}

export const NETWORK_RADIUS = 30;
/** Bigger with each network it belongs to, so the hubs of the territory stand out. */
export const organizationRadius = (networkCount: number) => 4 + 2.2 * networkCount;

/** The short name drawn in the graph; the full name is its accessible name and tooltip. */
export function shortLabel(network: Pick<GraphNetwork, 'kind' | 'theme' | 'name'>): string {
  if (network.kind === 'STEERING_COMMITTEE') return 'Comité de pilotage';
  const theme = network.theme ? THEME_LABELS[network.theme] : network.name;
  return network.kind === 'COMMISSION' ? `Commission ${theme === THEME_LABELS.SOCIAL_LIFE ? 'AVS' : theme}` : theme;
}

/** Structures that belong to at least `minNetworks` of the networks given, each once with its networks. */
export function sharedOrganizations(networks: GraphNetwork[], minNetworks = 2): OrganizationNode[] {
  const byId = new Map<string, OrganizationNode>();
  for (const network of networks) {
    for (const { organization } of network.memberships) {
      const node = byId.get(organization.id) ?? { ...organization, networkIds: [], radius: 0 };
      if (!node.networkIds.includes(network.id)) node.networkIds.push(network.id);
      byId.set(organization.id, node);
    }
  }
  return [...byId.values()]
    .filter((node) => node.networkIds.length >= minNetworks)
    .map((node) => ({ ...node, radius: organizationRadius(node.networkIds.length) }))
    .sort((a, b) => b.networkIds.length - a.networkIds.length || a.name.localeCompare(b.name, 'fr'));
}

export function buildModel(networks: GraphNetwork[], links: GraphLink[], withOrganizations: boolean): GraphModel {
  const ids = new Set(networks.map((n) => n.id));
  const shared = sharedOrganizations(networks);
  return {
    networks: networks.map((n) => ({
      id: n.id,
      slug: n.slug,
      name: n.name,
      label: shortLabel(n),
      theme: n.theme ?? null,
      radius: NETWORK_RADIUS,
    })),
    organizations: withOrganizations ? shared.filter((o) => o.networkIds.length < networks.length) : [],
    everywhere: shared.filter((o) => networks.length > 2 && o.networkIds.length === networks.length),
    links: links.filter((link) => ids.has(link.from.id) && ids.has(link.to.id)),
  };
}

/** What d3-force places: every node and edge of the model, whatever is filtered out (positions stay put). */
export function layoutInput(model: GraphModel): { nodes: LayoutNode[]; edges: LayoutEdge[] } {
  return {
    nodes: [
      ...model.networks.map((n) => ({ id: n.id, kind: 'network' as const, radius: n.radius })),
      ...model.organizations.map((o) => ({ id: o.id, kind: 'organization' as const, radius: o.radius })),
    ],
    edges: [
      ...model.links.map((l) => ({ source: l.from.id, target: l.to.id, kind: 'link' as const })),
      ...model.organizations.flatMap((o) =>
        o.networkIds.map((networkId) => ({ source: o.id, target: networkId, kind: 'membership' as const })),
      ),
    ],
  };
}

/**
 * A theme keeps its networks, the networks they are linked to, the links that touch them, and the
 * structures shared by at least two of the networks kept.
 */
export function filterByTheme(model: GraphModel, theme: Theme | null): GraphModel {
  if (!theme) return model;
  const themed = new Set(model.networks.filter((n) => n.theme === theme).map((n) => n.id));
  const links = model.links.filter((l) => themed.has(l.from.id) || themed.has(l.to.id));
  const kept = new Set([...themed, ...links.flatMap((l) => [l.from.id, l.to.id])]);
  return {
    ...model,
    networks: model.networks.filter((n) => kept.has(n.id)),
    links,
    organizations: model.organizations.filter((o) => o.networkIds.filter((id) => kept.has(id)).length >= 2),
  };
}

/** Splits a label into lines of about `width` characters, at spaces. */
export function wrapLabel(label: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** A structure's name cut to fit beside its dot; the full name is its accessible name and tooltip. */
export function shortName(name: string, max = 34): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}
