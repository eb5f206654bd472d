import { graphql, getFragmentData, type FragmentType } from '../gql';

export const AnswerCountsFragment = graphql(`
  fragment AnswerCountsLine_meeting on Meeting {
    id
    status
    answerCounts {
      yes
      maybe
      no
      pending
      attended
    }
  }
`);

/** « 4 oui · 1 si besoin · 0 non · 2 sans réponse », and who came once attendance is noted. */
export function AnswerCountsLine(props: { meeting: FragmentType<typeof AnswerCountsFragment> }) {
  const { status, answerCounts: counts } = getFragmentData(AnswerCountsFragment, props.meeting);
  if (status === 'DRAFT') return null;
  return (
    <span className="answer-counts">
      <span className="answer-counts__item answer-counts__item--yes">{counts.yes} oui</span>
      <span className="answer-counts__item">{counts.maybe} si besoin</span>
      <span className="answer-counts__item">{counts.no} non</span>
      <span className="answer-counts__item">{counts.pending} sans réponse</span>
      {status === 'HELD' && <span className="answer-counts__item">{counts.attended} présent·es</span>}
    </span>
  );
}
