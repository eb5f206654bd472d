import { useQuery } from '@apollo/client/react';
import { graphql, type FragmentType } from '../gql';
import type { Theme } from '../gql/graphql';
import { errorFor, type FormError } from '../app/form-errors';
import { TERRITORY_SLUG } from '../app/territory';
import { OrganizationSearch } from '../meetings/agenda/OrganizationSearch';
import type { CommuneOptionsFragment } from '../meetings/PlaceFields';
import { CheckboxGroup } from '../ui/CheckboxGroup';
import { EnumOptions } from '../ui/EnumOptions';
import { AUDIENCE_LABELS, THEME_LABELS } from '../ui/labels';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';
import { SessionRows } from './SessionRows';
import type { SessionError, TrainingDraft } from './training-form';

/** The form's fields the API may name in an error (the others show above the form). */
export const TRAINING_FIELDS = [
  'title',
  'description',
  'theme',
  'audiences',
  'networkSlugs',
  'organizerSlug',
  'trainer',
  'capacity',
  'isPublic',
  'sessions',
];

/** What the form offers: the networks and whether the viewer may offer them a training, the communes. */
const TrainingFormOptionsQuery = graphql(`
  query TrainingFormOptions($territorySlug: String!) {
    me {
      id
    }
    networks {
      id
      slug
      name
      trainingPermissions {
        create
      }
    }
    territory(slug: $territorySlug) {
      id
      ...CommuneOptions_territory
    }
  }
`);

export const useTrainingFormOptions = () => useQuery(TrainingFormOptionsQuery, { variables: { territorySlug: TERRITORY_SLUG } });

export interface NetworkChoice {
  slug: string;
  name: string;
}

interface Props {
  value: TrainingDraft;
  onChange: (value: TrainingDraft) => void;
  /** The networks the training may be offered to (the viewer's, and those it already has). */
  networkOptions: NetworkChoice[];
  territory: FragmentType<typeof CommuneOptionsFragment> | null | undefined;
  error?: FormError;
  sessionError?: SessionError;
}

/** What a training is, where and when: shared by the proposal page and the edit form. */
export function TrainingFields({ value, onChange, networkOptions, territory, error, sessionError }: Props) {
  const set =
    <Key extends keyof TrainingDraft>(key: Key) =>
    (next: TrainingDraft[Key]) =>
      onChange({ ...value, [key]: next });
  const networkLabels = Object.fromEntries(networkOptions.map((network) => [network.slug, network.name]));
  return (
    <>
      <CheckboxGroup
        legend="Réseaux auxquels la proposer"
        labels={networkLabels}
        value={value.networkSlugs}
        onChange={set('networkSlugs')}
        error={errorFor(error, 'networkSlugs')}
      />
      <TextField
        label="Titre"
        name="title"
        required
        maxLength={200}
        value={value.title}
        onChange={set('title')}
        error={errorFor(error, 'title')}
      />
      <TextField
        label="Description"
        name="description"
        rows={5}
        maxLength={10_000}
        value={value.description}
        onChange={set('description')}
        error={errorFor(error, 'description')}
      />
      <div className="form-grid">
        <SelectField
          label="Thème"
          value={value.theme}
          onChange={(theme) => set('theme')(theme as Theme | '')}
          error={errorFor(error, 'theme')}
        >
          <option value="">Aucun thème</option>
          <EnumOptions labels={THEME_LABELS} />
        </SelectField>
        <TextField
          label="Formateur ou formatrice"
          name="trainer"
          maxLength={300}
          value={value.trainer}
          onChange={set('trainer')}
          error={errorFor(error, 'trainer')}
        />
        <TextField
          type="number"
          label="Nombre de places"
          name="capacity"
          required
          min={1}
          max={500}
          inputMode="numeric"
          value={value.capacity}
          onChange={set('capacity')}
          error={errorFor(error, 'capacity')}
        />
      </div>
      <CheckboxGroup
        legend="Public visé"
        labels={AUDIENCE_LABELS}
        value={value.audiences}
        onChange={set('audiences')}
        error={errorFor(error, 'audiences')}
      />
      <OrganizationSearch
        label="Structure organisatrice"
        value={value.organizer}
        onChange={set('organizer')}
        error={errorFor(error, 'organizerSlug')}
      />
      <SessionRows value={value.sessions} onChange={set('sessions')} territory={territory} error={sessionError} />
      <label className="checkbox">
        <input type="checkbox" checked={value.isPublic} onChange={(event) => set('isPublic')(event.target.checked)} />
        Formation publique (visible sans compte ; sinon réservée aux membres de ses réseaux)
      </label>
    </>
  );
}
