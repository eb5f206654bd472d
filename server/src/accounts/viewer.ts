/** Who is making a request. Anonymous visitors have no viewer. */
export interface Viewer {
  userId: string;
  role: 'ADMIN' | 'ANIMATOR' | 'PARTNER';
  personId: string | null;
}
