import { useSyncExternalStore } from 'react';

const QUERY = '(max-width: 40rem)';

/** A phone-sized window: the charts give their bars the room and shorten their labels' column. */
export function useNarrow(): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(QUERY);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
