import { useId, useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { OrientationProgress } from './OrientationProgress';
import { RoadmapActionItem } from './RoadmapActionItem';

/** The filter is the page query's $filter: objectives and actions are pruned like the orientations. */
export const OrientationSectionFragment = graphql(`
  fragment OrientationSection_orientation on RoadmapOrientation {
    id
    number
    title
    statusCounts {
      notStarted
      inProgress
      done
      abandoned
      total
    }
    objectives(filter: $filter) {
      id
      title
      intro
      actions(filter: $filter) {
        id
        ...RoadmapActionItem_action
      }
    }
  }
`);

interface Props {
  orientation: FragmentType<typeof OrientationSectionFragment>;
  /** Open from the start: when the reader filtered or searched, the matches are what they came for. */
  initiallyOpen: boolean;
}

/**
 * A numbered orientation: its heading holds a disclosure button (aria-expanded), so headings stay
 * navigable and the progress stays readable while it is closed.
 */
export function OrientationSection({ orientation: orientationRef, initiallyOpen }: Props) {
  const orientation = getFragmentData(OrientationSectionFragment, orientationRef);
  const [open, setOpen] = useState(initiallyOpen);
  const bodyId = useId();
  const actionCount = orientation.objectives.reduce((sum, objective) => sum + objective.actions.length, 0);
  return (
    <section className="roadmap-orientation">
      <h3 className="roadmap-orientation__title">
        <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen(!open)}>
          <span className="roadmap-orientation__chevron" aria-hidden="true" />
          <span className="roadmap-orientation__number">Orientation {orientation.number}</span> <span>{orientation.title}</span>
        </button>
      </h3>
      <OrientationProgress counts={orientation.statusCounts} />
      <div id={bodyId} className="roadmap-orientation__body" hidden={!open}>
        {orientation.objectives.map((objective) => (
          <div key={objective.id} className="roadmap-objective">
            <h4>{objective.title}</h4>
            {objective.intro && <p className="roadmap-objective__intro">{objective.intro}</p>}
            <ul className="roadmap-action-list">
              {objective.actions.map((action) => (
                <RoadmapActionItem key={action.id} action={action} />
              ))}
            </ul>
          </div>
        ))}
        {actionCount === 0 && <p className="empty-state">Aucune action pour ces critères.</p>}
      </div>
    </section>
  );
}
