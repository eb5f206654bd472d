import type { FormError } from '../app/form-errors';
import { errorFor } from '../app/form-errors';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { SelectField } from '../ui/SelectField';
import { TextField } from '../ui/TextField';

export const CommuneOptionsFragment = graphql(`
  fragment CommuneOptions_territory on Territory {
    id
    communes {
      inseeCode
      name
      mergedOn
    }
  }
`);

export interface PlaceDraft {
  place: string;
  communeInseeCode: string;
  onlineUrl: string;
}

interface Props {
  value: PlaceDraft;
  onChange: (value: PlaceDraft) => void;
  territory: FragmentType<typeof CommuneOptionsFragment> | null | undefined;
  error?: FormError;
}

/** Where: a room, the commune it is in, and/or a video link. */
export function PlaceFields({ value, onChange, territory: territoryRef, error }: Props) {
  const territory = getFragmentData(CommuneOptionsFragment, territoryRef);
  // Communes that merged into another are kept for history, not for new meetings.
  const communes = [...(territory?.communes ?? [])]
    .filter((commune) => !commune.mergedOn || commune.inseeCode === value.communeInseeCode)
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  return (
    <fieldset className="form-grid form-grid--fieldset">
      <legend>Lieu</legend>
      <TextField
        label="Salle, adresse"
        name="place"
        maxLength={300}
        value={value.place}
        onChange={(place) => onChange({ ...value, place })}
        error={errorFor(error, 'place')}
      />
      <SelectField
        label="Commune"
        value={value.communeInseeCode}
        onChange={(communeInseeCode) => onChange({ ...value, communeInseeCode })}
        error={errorFor(error, 'communeInseeCode')}
      >
        <option value="">Aucune (en ligne, ou hors territoire)</option>
        {communes.map((commune) => (
          <option key={commune.inseeCode} value={commune.inseeCode}>
            {commune.name}
          </option>
        ))}
      </SelectField>
      <TextField
        type="url"
        label="Lien de visioconférence"
        name="onlineUrl"
        hint="Facultatif, par ex. https://visio.exemple.fr/reunion"
        value={value.onlineUrl}
        onChange={(onlineUrl) => onChange({ ...value, onlineUrl })}
        error={errorFor(error, 'onlineUrl')}
      />
    </fieldset>
  );
}
