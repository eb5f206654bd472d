import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { personName } from '../person-name';
import { AGENDA_KIND_LABELS, formatMinutes, outcomeLabel } from './agenda-labels';

export const AgendaItemDetailsFragment = graphql(`
  fragment AgendaItemDetails_item on AgendaItem {
    id
    title
    description
    kind
    durationMinutes
    links
    outcome
    opinion
    presenter {
      id
      firstName
      lastName
    }
    organization {
      id
      slug
      name
    }
    carriedFrom {
      id
    }
  }
`);

interface Props {
  item: FragmentType<typeof AgendaItemDetailsFragment>;
  /** Heading level of the title, so that it fits the list it is in. */
  level?: 3 | 4;
  /** Show the outcome when there is one. */
  withOutcome?: boolean;
}

/** What an item is about: kind, duration, presenter, structure, description, links (and its outcome). */
export function AgendaItemDetails({ item: itemRef, level = 3, withOutcome = true }: Props) {
  const item = getFragmentData(AgendaItemDetailsFragment, itemRef);
  const Title = level === 3 ? 'h3' : 'h4';
  return (
    <div className="agenda-item">
      <Title className="agenda-item__title">{item.title}</Title>
      <p className="agenda-item__meta">
        <span className="label-tag">{AGENDA_KIND_LABELS[item.kind]}</span> {formatMinutes(item.durationMinutes)}
        {item.presenter && <> · présenté par {personName(item.presenter)}</>}
        {item.organization && (
          <>
            {' '}
            · structure : <Link to={`/structures/${item.organization.slug}`}>{item.organization.name}</Link>
          </>
        )}
        {item.carriedFrom && <> · reporté d’une réunion précédente</>}
      </p>
      {item.description && <p className="agenda-item__description">{item.description}</p>}
      {item.links.length > 0 && (
        <ul className="agenda-item__links" aria-label={`Documents : ${item.title}`}>
          {item.links.map((link) => (
            <li key={link}>
              <a href={link} rel="noopener noreferrer" target="_blank">
                {link}
                <span className="visually-hidden"> (nouvel onglet)</span>
              </a>
            </li>
          ))}
        </ul>
      )}
      {withOutcome && item.outcome && (
        <p className="agenda-item__outcome">
          <strong>{outcomeLabel(item)} :</strong> {item.outcome}
        </p>
      )}
    </div>
  );
}
