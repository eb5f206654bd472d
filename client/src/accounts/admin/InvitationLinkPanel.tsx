import { useId, useRef, useState } from 'react';
import { Notice } from '../../ui/QueryStatus';

interface Props {
  link: string;
  displayName: string;
  onDone: () => void;
}

/** The one-time link, shown once: the API keeps only its hash. */
export function InvitationLinkPanel({ link, displayName, onDone }: Props) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed'>();

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      // No clipboard access (permissions, old browser): select the text for Ctrl+C instead.
      input.current?.select();
      setCopy('failed');
    }
  }

  return (
    <div className="form-card invitation-link" role="region" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Invitation créée pour {displayName}</h3>
      <p>
        Un courriel d’invitation lui a été envoyé avec ce lien (voir « Courriels envoyés »). Vous pouvez aussi le lui transmettre
        vous-même : il est valable 14 jours, ne sert qu’une fois, et ne sera plus affiché ensuite.
      </p>
      <div className="field">
        <label htmlFor={id}>Lien d’invitation</label>
        <div className="search-box__row">
          <input
            ref={input}
            id={id}
            type="text"
            readOnly
            value={link}
            className="invitation-link__url"
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button button--primary" onClick={() => void copyLink()}>
            Copier le lien
          </button>
        </div>
      </div>
      {copy === 'copied' && <Notice>Lien copié dans le presse-papiers.</Notice>}
      {copy === 'failed' && <Notice>Copie impossible ici : le lien est sélectionné, copiez-le avec Ctrl+C.</Notice>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onDone}>
          Inviter une autre personne
        </button>
      </div>
    </div>
  );
}
