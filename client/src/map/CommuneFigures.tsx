import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formatLongDate } from '../ui/format';

export const CommuneFiguresFragment = graphql(`
  fragment CommuneFigures_territory on Territory {
    id
    communes {
      inseeCode
      name
      mergedOn
      mergedInto {
        inseeCode
        name
      }
    }
    communeStatistics {
      commune {
        inseeCode
      }
      organizationCount
      localOrganizationCount
      serviceCount
    }
  }
`);

interface Props {
  territory: FragmentType<typeof CommuneFiguresFragment>;
  selectedInseeCode: string | null | undefined;
  onSelect: (inseeCode: string | undefined) => void;
}

/** The map's figures as a table: the same choice without a pointer, and the counts without colour. */
export function CommuneFigures({ territory: territoryRef, selectedInseeCode, onSelect }: Props) {
  const territory = getFragmentData(CommuneFiguresFragment, territoryRef);
  const statistics = new Map(territory.communeStatistics.map((entry) => [entry.commune.inseeCode, entry]));
  return (
    <details className="commune-figures">
      <summary>Les communes en chiffres</summary>
      <table>
        <caption className="visually-hidden">Structures et services par commune</caption>
        <thead>
          <tr>
            <th scope="col">Commune</th>
            <th scope="col">Structures de proximité</th>
            <th scope="col">Structures (en tout)</th>
            <th scope="col">Services</th>
          </tr>
        </thead>
        <tbody>
          {territory.communes.map((commune) => (
            <tr key={commune.inseeCode} className={commune.inseeCode === selectedInseeCode ? 'is-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="button button--link"
                  aria-pressed={commune.inseeCode === selectedInseeCode}
                  onClick={() => onSelect(commune.inseeCode === selectedInseeCode ? undefined : commune.inseeCode)}
                >
                  {commune.name}
                </button>
                {commune.mergedInto && commune.mergedOn && (
                  <span className="commune-figures__note">
                    fusionnée dans {commune.mergedInto.name} depuis le {formatLongDate(commune.mergedOn)}
                  </span>
                )}
              </th>
              <td>{statistics.get(commune.inseeCode)?.localOrganizationCount ?? '—'}</td>
              <td>{statistics.get(commune.inseeCode)?.organizationCount ?? '—'}</td>
              <td>{statistics.get(commune.inseeCode)?.serviceCount ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
