import { useId, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

/** "Qui fait quoi ?": a free-text question that opens the directory with `?q=`. */
export function SearchBox() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const inputId = useId();

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = text.trim();
    navigate(query ? `/annuaire?${new URLSearchParams({ q: query })}` : '/annuaire');
  }

  return (
    <form role="search" className="search-box" onSubmit={search}>
      <label htmlFor={inputId} className="search-box__label">
        Qui fait quoi ?
      </label>
      <p className="search-box__hint" id={`${inputId}-hint`}>
        Un besoin, un service, une structure : « numérique », « parentalité », « logement »…
      </p>
      <div className="search-box__row">
        <input
          id={inputId}
          type="search"
          name="q"
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-describedby={`${inputId}-hint`}
          autoComplete="off"
        />
        <button type="submit" className="button button--primary">
          Rechercher
        </button>
      </div>
    </form>
  );
}
