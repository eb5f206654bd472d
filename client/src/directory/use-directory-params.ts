import { useSearchParams } from 'react-router';
import { useCursorPages } from '../app/use-cursor-pages';
import { PARAM, parseFilter, withFilter, type FilterKey } from './directory-params';

export function useDirectoryParams() {
  const [search, setSearch] = useSearchParams();
  const pages = useCursorPages(PARAM.after);

  return {
    filter: parseFilter(search),
    ...pages,
    setFilter(key: FilterKey, value: string | undefined) {
      setSearch(withFilter(search, key, value), { preventScrollReset: true });
    },
    resetFilters() {
      setSearch(new URLSearchParams(), { preventScrollReset: true });
    },
  };
}

export type DirectoryParams = ReturnType<typeof useDirectoryParams>;
