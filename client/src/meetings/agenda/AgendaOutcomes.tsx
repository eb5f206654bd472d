import { useId, useState, type FormEvent } from 'react';
import { getFragmentData, type FragmentType } from '../../gql';
import type { OpinionKind } from '../../gql/graphql';
import { errorFor, formErrorOf, type FormError } from '../../app/form-errors';
import { FormAlert, Notice } from '../../ui/QueryStatus';
import { FieldError, TextField } from '../../ui/TextField';
import { AGENDA_KIND_LABELS, OPINION_LABELS } from './agenda-labels';
import { useRecordOutcomeMutation } from './agenda-mutations';
import { AgendaItemDetailsFragment } from './AgendaItemDetails';

/** During or after the meeting, the animators write what came of each item: an opinion's sense, a decision's text. */
export function AgendaOutcomes(props: { items: Array<FragmentType<typeof AgendaItemDetailsFragment>> }) {
  const items = props.items.map((item) => getFragmentData(AgendaItemDetailsFragment, item));
  if (items.length === 0) return null;
  return (
    <div className="agenda-outcomes">
      <h3>Suites données aux points</h3>
      <ol className="agenda-list">
        {items.map((item) => (
          <li key={item.id} className="agenda-list__item">
            <OutcomeForm item={item} />
          </li>
        ))}
      </ol>
    </div>
  );
}

type Item = {
  id: string;
  title: string;
  kind: keyof typeof AGENDA_KIND_LABELS;
  outcome?: string | null;
  opinion?: OpinionKind | null;
};

const TEXT_LABELS: Record<Item['kind'], string> = {
  INFORMATION: 'Ce qui a été dit',
  DISCUSSION: 'Ce qui ressort de l’échange',
  OPINION: 'Avis motivé',
  DECISION: 'Décision prise',
};

function OutcomeForm({ item }: { item: Item }) {
  const id = useId();
  const [record, { loading }] = useRecordOutcomeMutation();
  const [text, setText] = useState(item.outcome ?? '');
  const [opinion, setOpinion] = useState<OpinionKind | ''>(item.opinion ?? '');
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();
  const opinionError = errorFor(error, 'opinion');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(undefined);
    setNotice(undefined);
    try {
      await record(item.id, text, item.kind === 'OPINION' ? opinion || null : null);
      setNotice(`Suites de « ${item.title} » enregistrées.`);
    } catch (caught) {
      setError(formErrorOf(caught));
    }
  }

  return (
    <form className="agenda-outcome" noValidate onSubmit={(event) => void submit(event)} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>
        {item.title} <span className="label-tag">{AGENDA_KIND_LABELS[item.kind]}</span>
      </h4>
      <FormAlert message={error && !['opinion', 'outcome'].includes(error.field ?? '') ? error.message : undefined} />
      {item.kind === 'OPINION' && (
        <fieldset className="agenda-outcome__opinion">
          <legend>Sens de l’avis</legend>
          {(Object.entries(OPINION_LABELS) as Array<[OpinionKind, string]>).map(([value, label]) => (
            <label key={value} className="agenda-outcome__choice">
              <input
                type="radio"
                name={`${id}-opinion`}
                value={value}
                checked={opinion === value}
                onChange={() => setOpinion(value)}
              />{' '}
              {label}
            </label>
          ))}
          <FieldError id={`${id}-opinion-error`} message={opinionError} />
        </fieldset>
      )}
      <TextField label={TEXT_LABELS[item.kind]} rows={3} value={text} onChange={setText} error={errorFor(error, 'outcome')} />
      <div className="form-actions">
        <button type="submit" className="button button--small button--primary" disabled={loading}>
          Enregistrer<span className="visually-hidden"> les suites de « {item.title} »</span>
        </button>
        <Notice>{notice}</Notice>
      </div>
    </form>
  );
}
