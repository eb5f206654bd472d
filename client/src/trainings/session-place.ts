import { graphql, getFragmentData, type FragmentType } from '../gql';

/** When and where a session is: what the list, the training page and the certificate show of it. */
export const SessionPlaceFragment = graphql(`
  fragment SessionPlace_session on TrainingSession {
    id
    startsAt
    endsAt
    place
    onlineUrl
    commune {
      inseeCode
      name
    }
  }
`);

export type SessionPlaceRef = FragmentType<typeof SessionPlaceFragment>;

export const sessionPlaceOf = (session: SessionPlaceRef) => getFragmentData(SessionPlaceFragment, session);
