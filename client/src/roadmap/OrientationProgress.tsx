import { progressSentence, type StatusCounts } from './roadmap-labels';

/**
 * A bar of done (solid) and in-progress (hatched) actions, with the figures written beside it: the
 * bar is decoration (aria-hidden), the sentence is what everyone reads, with or without colours.
 */
export function OrientationProgress({ counts }: { counts: StatusCounts }) {
  const counted = counts.total - counts.abandoned;
  const share = (count: number) => (counted > 0 ? `${(count / counted) * 100}%` : '0%');
  return (
    <div className="roadmap-progress">
      <div className="roadmap-progress__bar" aria-hidden="true">
        <span className="roadmap-progress__done" style={{ width: share(counts.done) }} />
        <span className="roadmap-progress__ongoing" style={{ width: share(counts.inProgress) }} />
      </div>
      <p className="roadmap-progress__figures">{progressSentence(counts)}</p>
    </div>
  );
}
