import { useId, type ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import type { OrganizationFilter } from '../gql/graphql';
import { EnumOptions } from '../ui/EnumOptions';
import { SearchForm } from '../ui/SearchForm';
import { AUDIENCE_LABELS, ORGANIZATION_KIND_LABELS, THEME_LABELS } from '../ui/labels';
import { hasActiveFilter, type FilterKey } from './directory-params';

export const DirectoryFiltersFragment = graphql(`
  fragment DirectoryFilters_territory on Territory {
    id
    communes {
      inseeCode
      name
      mergedInto {
        inseeCode
        name
      }
    }
    networks {
      id
      slug
      name
    }
  }
`);

interface Props {
  territory: FragmentType<typeof DirectoryFiltersFragment> | undefined;
  filter: OrganizationFilter;
  onChange: (key: FilterKey, value: string | undefined) => void;
  onReset: () => void;
}

export function DirectoryFilters({ territory: territoryRef, filter, onChange, onReset }: Props) {
  const territory = getFragmentData(DirectoryFiltersFragment, territoryRef);
  const communes = territory?.communes ?? [];
  const networks = territory?.networks ?? [];

  return (
    <section className="filters" aria-labelledby="filters-title">
      <h2 id="filters-title" className="visually-hidden">
        Rechercher et filtrer
      </h2>
      {/* Keyed on the URL's text so the back button also restores the field. */}
      <SearchForm
        key={filter.text ?? ''}
        label="Qui fait quoi ?"
        initial={filter.text ?? ''}
        onSearch={(text) => onChange('text', text)}
      />
      <div className="filters__selects">
        <FilterSelect
          label="Thème"
          allLabel="Tous les thèmes"
          value={filter.theme}
          onChange={(value) => onChange('theme', value)}
        >
          <EnumOptions labels={THEME_LABELS} />
        </FilterSelect>
        <FilterSelect
          label="Public"
          allLabel="Tous les publics"
          value={filter.audience}
          onChange={(value) => onChange('audience', value)}
        >
          <EnumOptions labels={AUDIENCE_LABELS} />
        </FilterSelect>
        <FilterSelect
          label="Commune"
          allLabel="Toutes les communes"
          value={filter.communeInseeCode}
          onChange={(value) => onChange('communeInseeCode', value)}
        >
          {communes.map((commune) => (
            <option key={commune.inseeCode} value={commune.inseeCode}>
              {commune.mergedInto ? `${commune.name} (fusionnée dans ${commune.mergedInto.name})` : commune.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Réseau"
          allLabel="Tous les réseaux"
          value={filter.networkSlug}
          onChange={(value) => onChange('networkSlug', value)}
        >
          {networks.map((network) => (
            <option key={network.id} value={network.slug}>
              {network.name}
            </option>
          ))}
        </FilterSelect>
        <FilterSelect
          label="Type de structure"
          allLabel="Tous les types"
          value={filter.kind}
          onChange={(value) => onChange('kind', value)}
        >
          <EnumOptions labels={ORGANIZATION_KIND_LABELS} />
        </FilterSelect>
      </div>
      {hasActiveFilter(filter) && (
        <button type="button" className="button button--link" onClick={onReset}>
          Effacer la recherche et les filtres
        </button>
      )}
    </section>
  );
}

interface FilterSelectProps {
  label: string;
  allLabel: string;
  value: string | null | undefined;
  onChange: (value: string | undefined) => void;
  children: ReactNode;
}

function FilterSelect({ label, allLabel, value, onChange, children }: FilterSelectProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || undefined)}>
        <option value="">{allLabel}</option>
        {children}
      </select>
    </div>
  );
}
