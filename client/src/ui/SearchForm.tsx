import { useId, useState, type FormEvent } from 'react';

interface Props {
  label: string;
  /** The words in the URL: key the form on them so that the back button also restores the field. */
  initial: string;
  onSearch: (words: string | undefined) => void;
}

/** A labelled search field and its button; empty words clear the search. */
export function SearchForm({ label, initial, onSearch }: Props) {
  const [text, setText] = useState(initial);
  const id = useId();
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSearch(text.trim() || undefined);
  }
  return (
    <form role="search" className="filters__search" onSubmit={submit}>
      <label htmlFor={id}>{label}</label>
      <div className="search-box__row">
        <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} autoComplete="off" />
        <button type="submit" className="button button--primary">
          Rechercher
        </button>
      </div>
    </form>
  );
}
