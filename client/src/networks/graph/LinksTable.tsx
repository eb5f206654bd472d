import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatDay } from '../../ui/format';
import { DIRECTED_KINDS, LINK_KIND_LABELS } from './link-kinds';

export const LinksTableFragment = graphql(`
  fragment LinksTable_link on NetworkLink {
    id
    kind
    description
    source
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
      slug
      name
    }
    jointMeetings {
      id
      title
      startsAt
    }
    sharedTrainings {
      id
      title
    }
  }
`);

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** The row of a link, which the graph focuses when the link is opened there. */
export const linkRowId = (id: string) => `lien-${id}`;

/** The graph as a table: every link with what its two networks share, for keyboard and screen-reader users. */
export function LinksTable(props: { links: Array<FragmentType<typeof LinksTableFragment>>; id?: string }) {
  // By network, then by the network it is linked to, as a reader scans the first columns.
  const links = props.links
    .map((link) => getFragmentData(LinksTableFragment, link))
    .sort((a, b) => collator.compare(a.from.name, b.from.name) || collator.compare(a.to.name, b.to.name));
  if (links.length === 0) return <p className="empty-state">Aucun lien entre réseaux pour ce thème.</p>;
  return (
    <div className="links-table" role="region" aria-labelledby="links-table-caption" tabIndex={0} id={props.id}>
      <table>
        <caption id="links-table-caption">Liens entre réseaux ({links.length})</caption>
        <thead>
          <tr>
            <th scope="col">Réseau</th>
            <th scope="col">Relié à</th>
            <th scope="col">Type de lien</th>
            <th scope="col">Description</th>
            <th scope="col">Structures partagées</th>
            <th scope="col">Réunions communes</th>
            <th scope="col">Formations partagées</th>
          </tr>
        </thead>
        <tbody>
          {links.map((link) => (
            <tr key={link.id} id={linkRowId(link.id)} tabIndex={-1} data-link-kind={link.kind}>
              <th scope="row">
                <Link to={`/reseaux/${link.from.slug}`}>{link.from.name}</Link>
              </th>
              <td>
                <Link to={`/reseaux/${link.to.slug}`}>{link.to.name}</Link>
              </td>
              <td>
                {LINK_KIND_LABELS[link.kind]}
                {DIRECTED_KINDS.includes(link.kind) && (
                  <span className="links-table__direction"> (du premier vers le second)</span>
                )}
              </td>
              <td>
                {link.description ?? '—'}
                {link.source && <p className="links-table__source">{link.source}</p>}
              </td>
              <td>
                <ShortList items={link.sharedOrganizations} empty="Aucune">
                  {(organization) => <Link to={`/structures/${organization.slug}`}>{organization.name}</Link>}
                </ShortList>
              </td>
              <td>
                <ShortList items={link.jointMeetings} empty="Aucune">
                  {(meeting) => (
                    <Link to={`/reunions/${meeting.id}`}>
                      {meeting.title} ({formatDay(meeting.startsAt)})
                    </Link>
                  )}
                </ShortList>
              </td>
              <td>
                <ShortList items={link.sharedTrainings} empty="Aucune">
                  {(training) => <Link to={`/formations/${training.id}`}>{training.title}</Link>}
                </ShortList>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ShortList<T extends { id: string }>(props: { items: T[]; empty: string; children: (item: T) => React.ReactNode }) {
  if (props.items.length === 0) return <span className="links-table__none">{props.empty}</span>;
  return (
    <ul className="links-table__list">
      {props.items.map((item) => (
        <li key={item.id}>{props.children(item)}</li>
      ))}
    </ul>
  );
}
