import { Link } from 'react-router';
import type { Theme } from '../../gql/graphql';
import { CENTER, frameOf, type Point } from './graph-layout';
import { shortName, wrapLabel, type GraphLink, type GraphModel, type NetworkNode, type OrganizationNode } from './graph-model';
import { linkGeometries, type LinkGeometry } from './link-geometry';
import { DIRECTED_KINDS, LINK_KIND_LABELS, LINK_KIND_SHORT, LINK_KIND_STYLES } from './link-kinds';

/** The badge colours of each theme (styles.css), for the network discs. */
const THEME_COLORS: Record<Theme | 'NONE', { fill: string; stroke: string }> = {
  RIGHTS_AND_DIGITAL_INCLUSION: { fill: '#e6eefc', stroke: '#1e3a8a' },
  EARLY_CHILDHOOD: { fill: '#fce8f1', stroke: '#8a1c4a' },
  CHILDHOOD: { fill: '#fdf0e1', stroke: '#7a3a06' },
  YOUTH: { fill: '#f0eafc', stroke: '#4c1d95' },
  PARENTING: { fill: '#e4f4ea', stroke: '#0f5132' },
  SOCIAL_LIFE: { fill: '#e3f1ee', stroke: '#0b5d55' },
  HOUSING: { fill: '#ececef', stroke: '#3f3f46' },
  NONE: { fill: '#fff7e0', stroke: '#7c5b00' },
};

/** What the pointer or the keyboard is on: its details are shown beside the graph. */
export type GraphFocus = { type: 'network' | 'organization' | 'link'; id: string } | null;

interface Props {
  model: GraphModel;
  positions: Map<string, Point>;
  focus: GraphFocus;
  onFocus: (focus: GraphFocus) => void;
  networkName: (id: string) => string;
  /** Id of the element that describes the focused item (the details panel). */
  detailsId: string;
  /** A link clicked, or Enter / Space on it: the page shows its row in the table. */
  onOpenLink: (id: string) => void;
}

export function NetworkGraph({ model, positions, focus, onFocus, networkName, detailsId, onOpenLink }: Props) {
  const related = relatedIds(model, focus);
  const dimmed = (id: string) => related !== null && !related.has(id);
  const leave = () => onFocus(null);
  // Framed on what is shown: a theme's few networks fill the picture (they keep their places relative to each other).
  const frame = frameOf([...model.networks, ...model.organizations].flatMap((node) => positions.get(node.id) ?? []));
  const geometries = linkGeometries(
    model.links,
    positions,
    model.networks.map((n) => n.id),
  );
  return (
    <svg
      className="graph"
      viewBox={`${frame.x} ${frame.y} ${frame.width} ${frame.height}`}
      aria-labelledby="graph-title"
      aria-describedby={detailsId}
    >
      <title id="graph-title">Réseaux du territoire, leurs liens et les structures qu'ils partagent</title>
      <defs>
        {DIRECTED_KINDS.map((kind) => (
          <marker
            key={kind}
            id={`arrow-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={LINK_KIND_STYLES[kind].color} />
          </marker>
        ))}
      </defs>
      <g className="graph__memberships" aria-hidden="true">
        {model.organizations.flatMap((organization) =>
          organization.networkIds
            .filter((networkId) => model.networks.some((n) => n.id === networkId))
            .map((networkId) => {
              const [a, b] = [positions.get(organization.id), positions.get(networkId)];
              if (!a || !b) return null;
              const faded = dimmed(organization.id) || dimmed(networkId);
              return (
                <line
                  key={`${organization.id}-${networkId}`}
                  className={`graph__membership${faded ? ' graph--dimmed' : ''}`}
                  x1={a.x}
                  y1={a.y}
                  x2={b.x}
                  y2={b.y}
                />
              );
            }),
        )}
      </g>
      <g className="graph__links">
        {model.links.map((link) => (
          <LinkEdge
            key={link.id}
            link={link}
            geometry={geometries.get(link.id)}
            dimmed={dimmed(link.id)}
            label={`${LINK_KIND_LABELS[link.kind]} : ${networkName(link.from.id)} ${
              DIRECTED_KINDS.includes(link.kind) ? 'vers' : 'et'
            } ${networkName(link.to.id)}`}
            onFocus={() => onFocus({ type: 'link', id: link.id })}
            onLeave={leave}
            onOpen={() => onOpenLink(link.id)}
          />
        ))}
      </g>
      <g className="graph__organizations">
        {model.organizations.map((organization) => (
          <OrganizationDot
            key={organization.id}
            organization={organization}
            at={positions.get(organization.id)}
            dimmed={dimmed(organization.id)}
            onFocus={() => onFocus({ type: 'organization', id: organization.id })}
            onLeave={leave}
          />
        ))}
      </g>
      <g className="graph__networks">
        {model.networks.map((network) => (
          <NetworkDisc
            key={network.id}
            network={network}
            at={positions.get(network.id)}
            dimmed={dimmed(network.id)}
            onFocus={() => onFocus({ type: 'network', id: network.id })}
            onLeave={leave}
          />
        ))}
      </g>
    </svg>
  );
}

/** The focused item and what touches it; null when nothing is focused (nothing dimmed). */
function relatedIds(model: GraphModel, focus: GraphFocus): Set<string> | null {
  if (!focus) return null;
  const ids = new Set([focus.id]);
  if (focus.type === 'link') {
    const link = model.links.find((l) => l.id === focus.id);
    if (link) [link.from.id, link.to.id].forEach((id) => ids.add(id));
  } else if (focus.type === 'network') {
    for (const link of model.links) {
      if (link.from.id === focus.id || link.to.id === focus.id) [link.id, link.from.id, link.to.id].forEach((id) => ids.add(id));
    }
    for (const o of model.organizations) if (o.networkIds.includes(focus.id)) ids.add(o.id);
  } else {
    model.organizations.find((o) => o.id === focus.id)?.networkIds.forEach((id) => ids.add(id));
  }
  return ids;
}

interface ItemProps {
  dimmed: boolean;
  onFocus: () => void;
  onLeave: () => void;
}

function LinkEdge({
  link,
  geometry,
  label,
  dimmed,
  onFocus,
  onLeave,
  onOpen,
}: ItemProps & { link: GraphLink; geometry?: LinkGeometry; label: string; onOpen: () => void }) {
  if (!geometry) return null;
  const style = LINK_KIND_STYLES[link.kind];
  const directed = DIRECTED_KINDS.includes(link.kind);
  return (
    <g
      className={`graph__link${dimmed ? ' graph--dimmed' : ''}`}
      role="button"
      tabIndex={0}
      aria-label={label}
      onMouseEnter={onFocus}
      onMouseLeave={onLeave}
      onFocus={onFocus}
      onBlur={onLeave}
      onClick={onOpen}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onOpen();
      }}
      data-kind={link.kind}
    >
      <path className="graph__link-hit" d={geometry.path} />
      <path
        className="graph__link-line"
        d={geometry.path}
        stroke={style.color}
        strokeDasharray={style.dash}
        markerEnd={directed ? `url(#arrow-${link.kind})` : undefined}
      />
      {geometry.label && (
        <text className="graph__link-label" x={geometry.label.x} y={geometry.label.y} fill={style.color} aria-hidden="true">
          {LINK_KIND_SHORT[link.kind]}
        </text>
      )}
      <title>{link.description ? `${label}. ${link.description}` : label}</title>
    </g>
  );
}

function NetworkDisc({ network, at, dimmed, onFocus, onLeave }: ItemProps & { network: NetworkNode; at?: Point }) {
  if (!at) return null;
  const colors = THEME_COLORS[network.theme ?? 'NONE'];
  const lines = wrapLabel(network.label);
  // Named outwards (above the disc when it is in the upper half), where no link arrives.
  const above = at.y < CENTER.y - 10;
  const firstLine = above ? at.y - network.radius - 10 - (lines.length - 1) * 15.4 : at.y + network.radius + 16;
  return (
    <Link
      to={`/reseaux/${network.slug}`}
      className={`graph__network${dimmed ? ' graph--dimmed' : ''}`}
      // The name heard begins with the words seen (WCAG 2.5.3), then gives the full name.
      aria-label={network.label === network.name ? network.name : `${network.label} — ${network.name}`}
      onMouseEnter={onFocus}
      onMouseLeave={onLeave}
      onFocus={onFocus}
      onBlur={onLeave}
      data-slug={network.slug}
    >
      <title>{network.name}</title>
      <circle cx={at.x} cy={at.y} r={network.radius} fill={colors.fill} stroke={colors.stroke} />
      <text className="graph__network-label" x={at.x} y={firstLine} fill={colors.stroke}>
        {lines.map((line, i) => (
          <tspan key={i} x={at.x} dy={i === 0 ? 0 : '1.1em'}>
            {i < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </Link>
  );
}

function OrganizationDot({
  organization,
  at,
  dimmed,
  onFocus,
  onLeave,
}: ItemProps & { organization: OrganizationNode; at?: Point }) {
  if (!at) return null;
  const count = organization.networkIds.length;
  const outwards = at.x >= CENTER.x;
  const seen = shortName(organization.name);
  return (
    <Link
      to={`/structures/${organization.slug}`}
      className={`graph__organization${dimmed ? ' graph--dimmed' : ''}`}
      aria-label={`${seen === organization.name ? seen : `${seen} — ${organization.name}`}, membre de ${count} réseaux`}
      onMouseEnter={onFocus}
      onMouseLeave={onLeave}
      onFocus={onFocus}
      onBlur={onLeave}
      data-slug={organization.slug}
    >
      <title>{`${organization.name} — membre de ${count} réseaux`}</title>
      <circle cx={at.x} cy={at.y} r={organization.radius} />
      {/* Named outwards, away from the networks in the middle. */}
      <text
        className="graph__organization-label"
        x={outwards ? at.x + organization.radius + 4 : at.x - organization.radius - 4}
        y={at.y + 4}
        textAnchor={outwards ? 'start' : 'end'}
      >
        {seen}
      </text>
    </Link>
  );
}
