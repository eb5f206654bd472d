import { useEffect, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorMessage } from '../../app/error-message';
import { FieldError } from '../../ui/TextField';

/**
 * Finds a structure of the directory by name (its own query, like the directory's pickers: only the
 * proposal form needs it, and only once something is typed).
 */
const OrganizationSearchQuery = graphql(`
  query OrganizationSearch($text: String!) {
    organizations(first: 8, filter: { text: $text }) {
      edges {
        node {
          id
          name
          commune {
            inseeCode
            name
          }
        }
      }
    }
  }
`);

export interface ChosenOrganization {
  id: string;
  name: string;
}

interface Props {
  label: string;
  value: ChosenOrganization | null;
  onChange: (value: ChosenOrganization | null) => void;
  error?: string;
}

const MIN_LENGTH = 2;

export function OrganizationSearch({ label, value, onChange, error }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  // Ask once the typing pauses, not at each key.
  useEffect(() => {
    const timer = setTimeout(() => setSearched(text.trim()), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const {
    data,
    loading,
    error: queryError,
  } = useQuery(OrganizationSearchQuery, {
    variables: { text: searched },
    skip: searched.length < MIN_LENGTH,
  });
  const results = searched.length >= MIN_LENGTH ? (data?.organizations.edges.map((edge) => edge.node) ?? []) : [];
  const errorId = error ? `${id}-error` : undefined;

  if (value)
    return (
      <div className="field organization-search">
        <span className="organization-search__label" id={`${id}-label`}>
          {label}
        </span>
        <p className="organization-search__chosen" aria-labelledby={`${id}-label`}>
          <strong>{value.name}</strong>{' '}
          <button type="button" className="button button--small" onClick={() => onChange(null)}>
            Changer<span className="visually-hidden"> de structure concernée</span>
          </button>
        </p>
        <FieldError id={errorId} message={error} />
      </div>
    );

  const status = queryError
    ? errorMessage(queryError)
    : searched.length < MIN_LENGTH
      ? ''
      : loading
        ? 'Recherche…'
        : results.length === 0
          ? 'Aucune structure ne correspond.'
          : `${results.length} structure${results.length > 1 ? 's' : ''} trouvée${results.length > 1 ? 's' : ''}.`;
  return (
    <div className={`field organization-search${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        Facultatif. Tapez le début de son nom, puis choisissez-la dans la liste.
      </p>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, errorId].filter(Boolean).join(' ')}
        onChange={(event) => setText(event.target.value)}
      />
      <p className="organization-search__status" role="status">
        {status}
      </p>
      {results.length > 0 && (
        <ul className="organization-search__results" aria-label="Structures trouvées">
          {results.map((organization) => (
            <li key={organization.id}>
              <button
                type="button"
                className="button button--small button--link"
                onClick={() => onChange({ id: organization.id, name: organization.name })}
              >
                <span className="visually-hidden">Choisir </span>
                {organization.name}
                {organization.commune && ` (${organization.commune.name})`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
