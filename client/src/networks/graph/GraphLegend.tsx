import type { NetworkLinkKind } from '../../gql/graphql';
import { DIRECTED_KINDS, LINK_KIND_LABELS, LINK_KIND_STYLES } from './link-kinds';
import { organizationRadius } from './graph-model';

const KINDS = Object.keys(LINK_KIND_LABELS) as NetworkLinkKind[];

/** How to read the graph: a line per kind of link, and the sizes of the structures' dots. */
export function GraphLegend({ withOrganizations }: { withOrganizations: boolean }) {
  return (
    <div className="graph-legend">
      <h2 className="graph-legend__title">Légende</h2>
      <ul>
        {KINDS.map((kind) => (
          <li key={kind}>
            <svg width="46" height="12" aria-hidden="true">
              <line
                x1="2"
                y1="6"
                x2={DIRECTED_KINDS.includes(kind) ? 36 : 44}
                y2="6"
                stroke={LINK_KIND_STYLES[kind].color}
                strokeWidth="3"
                strokeDasharray={LINK_KIND_STYLES[kind].dash}
              />
              {DIRECTED_KINDS.includes(kind) && <path d="M36,1 L45,6 L36,11 z" fill={LINK_KIND_STYLES[kind].color} />}
            </svg>
            {LINK_KIND_LABELS[kind]}
            {DIRECTED_KINDS.includes(kind) && ' (orientée)'}
          </li>
        ))}
        {withOrganizations &&
          [2, 3, 5].map((count) => (
            <li key={count}>
              <svg width="46" height={2 * organizationRadius(count) + 4} aria-hidden="true">
                <circle cx="23" cy={organizationRadius(count) + 2} r={organizationRadius(count)} className="graph-legend__dot" />
              </svg>
              Structure membre de {count} réseaux
            </li>
          ))}
      </ul>
    </div>
  );
}
