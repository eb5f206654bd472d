import { CheckboxGroup } from '../ui/CheckboxGroup';
import { EnumOptions } from '../ui/EnumOptions';
import { SearchForm } from '../ui/SearchForm';
import { SelectField } from '../ui/SelectField';
import { THEME_LABELS } from '../ui/labels';
import { ACTION_STATUS_LABELS } from './roadmap-labels';
import { isFiltered, type RoadmapParams } from './roadmap-params';

interface Props {
  params: RoadmapParams;
  networks: ReadonlyArray<{ id: string; slug: string; name: string }>;
  onChange: (params: RoadmapParams) => void;
}

export function RoadmapFilters({ params, networks, onChange }: Props) {
  return (
    <section className="filters roadmap-filters" aria-labelledby="roadmap-filters-title">
      <h2 id="roadmap-filters-title" className="visually-hidden">
        Rechercher et filtrer les actions
      </h2>
      {/* Keyed on the URL's words so the back button also restores the field. */}
      <SearchForm
        key={params.search ?? ''}
        label="Rechercher dans la feuille de route"
        initial={params.search ?? ''}
        onSearch={(search) => onChange({ ...params, search })}
      />
      <div className="filters__selects">
        <SelectField
          label="Thème"
          value={params.theme ?? ''}
          onChange={(value) => onChange({ ...params, theme: value ? (value as RoadmapParams['theme']) : undefined })}
        >
          <option value="">Tous les thèmes</option>
          <EnumOptions labels={THEME_LABELS} />
        </SelectField>
        <SelectField
          label="Réseau"
          value={params.networkSlug ?? ''}
          onChange={(value) => onChange({ ...params, networkSlug: value || undefined })}
        >
          <option value="">Tous les réseaux</option>
          {networks.map((network) => (
            <option key={network.id} value={network.slug}>
              {network.name}
            </option>
          ))}
        </SelectField>
      </div>
      <CheckboxGroup
        legend="Statut des actions"
        labels={ACTION_STATUS_LABELS}
        value={params.statuses}
        onChange={(statuses) => onChange({ ...params, statuses })}
      />
      {isFiltered(params) && (
        <button
          type="button"
          className="button button--link"
          onClick={() => onChange({ theme: undefined, networkSlug: undefined, statuses: [], search: undefined })}
        >
          Effacer la recherche et les filtres
        </button>
      )}
    </section>
  );
}
