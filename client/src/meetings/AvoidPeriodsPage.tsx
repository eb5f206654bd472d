import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { errorMessage } from '../app/error-message';
import { QueryError } from '../app/QueryError';
import { ConfirmButton } from '../ui/ConfirmButton';
import { formatLongDate } from '../ui/format';
import { addDays, parisToday } from '../ui/paris-time';
import { ErrorPanel, Loading } from '../ui/QueryStatus';
import { useDocumentTitle } from '../ui/use-document-title';
import { AddAvoidPeriodForm } from './AddAvoidPeriodForm';
import { AVOID_PERIOD_KIND_LABELS, useRemoveAvoidPeriodMutation } from './avoid-periods';

/** The API looks five years ahead at most (a CTG's term): the page shows them all. */
const DAYS_AHEAD = 5 * 365;

const AvoidPeriodsPageQuery = graphql(`
  query AvoidPeriodsPage($from: String!, $to: String!) {
    avoidPeriods(from: $from, to: $to) {
      id
      label
      startsOn
      endsOn
      kind
    }
  }
`);

/**
 * /admin/periodes-a-eviter — the coordination's periods without meetings: suggested slots skip
 * them (school holidays when asked), calendars shade them.
 */
export function AvoidPeriodsPage() {
  useDocumentTitle('Périodes à éviter');
  const [range] = useState(() => ({ from: parisToday(), to: addDays(parisToday(), DAYS_AHEAD) }));
  const { data, loading, error, refetch } = useQuery(AvoidPeriodsPageQuery, { variables: range });
  const [remove, { loading: removing }] = useRemoveAvoidPeriodMutation();
  const [removeError, setRemoveError] = useState<string>();

  async function removePeriod(id: string) {
    setRemoveError(undefined);
    try {
      await remove(id);
    } catch (caught) {
      setRemoveError(errorMessage(caught));
    }
  }

  return (
    <>
      <h1>Périodes à éviter</h1>
      <p className="page-intro">
        Les créneaux proposés aux animateurs évitent ces périodes (les vacances scolaires quand ils le demandent), et les
        calendriers des réseaux les signalent.
      </p>
      <AddAvoidPeriodForm />
      <h2>Périodes à venir</h2>
      {removeError && <ErrorPanel message={removeError} />}
      {loading && !data ? (
        <Loading />
      ) : error && !data ? (
        <QueryError error={error} onRetry={() => void refetch()} />
      ) : data?.avoidPeriods.length === 0 ? (
        <p className="empty-state">Aucune période à éviter n’est enregistrée.</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="avoid-periods-caption" tabIndex={0}>
          <table className="table">
            <caption id="avoid-periods-caption" className="table__caption">
              Périodes à éviter ({data?.avoidPeriods.length})
            </caption>
            <thead>
              <tr>
                <th scope="col">Période</th>
                <th scope="col">Du</th>
                <th scope="col">Au</th>
                <th scope="col">Type</th>
                <th scope="col">Retirer</th>
              </tr>
            </thead>
            <tbody>
              {data?.avoidPeriods.map((period) => (
                <tr key={period.id}>
                  <th scope="row">{period.label}</th>
                  <td className="table__nowrap">{formatLongDate(period.startsOn)}</td>
                  <td className="table__nowrap">{formatLongDate(period.endsOn)}</td>
                  <td>{AVOID_PERIOD_KIND_LABELS[period.kind]}</td>
                  <td>
                    <ConfirmButton
                      className="button button--small button--danger"
                      disabled={removing}
                      title={`Retirer « ${period.label} » ?`}
                      message="Les créneaux proposés pourront de nouveau tomber pendant cette période."
                      confirmLabel="Retirer la période"
                      onConfirm={() => void removePeriod(period.id)}
                    >
                      Retirer<span className="visually-hidden"> {period.label}</span>
                    </ConfirmButton>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
