import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { OrganizationDossier_OrganizationFragment } from '../gql/graphql';
import { AGENDA_KIND_LABELS, AGENDA_STATUS_LABELS, AGENDA_STATUS_TAGS, OPINION_LABELS } from '../meetings/agenda/agenda-labels';
import { MEETING_STATUS_LABELS } from '../meetings/meeting-labels';
import { formatDay } from '../ui/format';
import './dossier.css';

export const OrganizationDossierFragment = graphql(`
  fragment OrganizationDossier_organization on Organization {
    id
    dossier {
      id
      title
      kind
      status
      reviewComment
      outcome
      opinion
      carriedFrom {
        id
      }
      meeting {
        id
        title
        status
        startsAt
      }
    }
  }
`);

type Item = OrganizationDossier_OrganizationFragment['dossier'][number];

/** The server's order (newest meeting first, agenda order within), grouped by meeting. */
function byMeeting(items: readonly Item[]): { meeting: Item['meeting']; items: Item[] }[] {
  const groups: { meeting: Item['meeting']; items: Item[] }[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last?.meeting.id === item.meeting.id) last.items.push(item);
    else groups.push({ meeting: item.meeting, items: [item] });
  }
  return groups;
}

interface Props {
  organization: FragmentType<typeof OrganizationDossierFragment>;
  /** An anonymous visitor is never given a dossier: the section would only ever be empty. */
  signedIn: boolean;
}

/**
 * The structure's dossier: the points about it on the agendas of the meetings the viewer takes
 * part in, with their review and outcome. The server decides which items the viewer may read.
 */
export function OrganizationDossier({ organization: organizationRef, signedIn }: Props) {
  const { dossier } = getFragmentData(OrganizationDossierFragment, organizationRef);
  if (dossier.length === 0 && !signedIn) return null;
  return (
    <section aria-labelledby="dossier-title" className="dossier">
      <h2 id="dossier-title">Dossier en commission</h2>
      {dossier.length === 0 ? (
        <p className="empty-state">
          Aucun point sur cette structure n’a été inscrit aux réunions des réseaux auxquels vous participez.
        </p>
      ) : (
        <ol className="dossier__meetings">
          {byMeeting(dossier).map(({ meeting, items }) => (
            <li key={meeting.id} className="dossier__meeting">
              <h3 className="dossier__meeting-title">
                <Link to={`/reunions/${meeting.id}`}>{meeting.title}</Link>
              </h3>
              <p className="dossier__meta">
                <time dateTime={meeting.startsAt}>{formatDay(meeting.startsAt)}</time> · réunion{' '}
                {MEETING_STATUS_LABELS[meeting.status].toLowerCase()}
              </p>
              <ul className="dossier__items">
                {items.map((item) => (
                  <DossierItem key={item.id} item={item} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function DossierItem({ item }: { item: Item }) {
  return (
    <li className="dossier__item">
      <h4 className="dossier__item-title">{item.title}</h4>
      <p className="dossier__meta">
        <span className="label-tag">{AGENDA_KIND_LABELS[item.kind]}</span>{' '}
        <span className={`status-tag ${AGENDA_STATUS_TAGS[item.status]}`}>{AGENDA_STATUS_LABELS[item.status]}</span>
        {item.carriedFrom && <> · repris d’une réunion précédente</>}
      </p>
      {item.reviewComment && <p className="dossier__review">Examen : {item.reviewComment}</p>}
      {item.outcome && (
        <p className="dossier__outcome">
          <strong>{item.opinion ? OPINION_LABELS[item.opinion] : item.kind === 'DECISION' ? 'Décision' : 'Suites'} :</strong>{' '}
          {item.outcome}
        </p>
      )}
    </li>
  );
}
