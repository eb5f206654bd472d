/** Where to go back after signing in: the page that sent the visitor to /connexion (router state, never a URL). */
export interface ReturnTo {
  from: string;
}

export function returnPathOf(state: unknown): string | undefined {
  const from = (state as Partial<ReturnTo> | null)?.from;
  // Only a path of this site: "//elsewhere" would leave it.
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') ? from : undefined;
}
