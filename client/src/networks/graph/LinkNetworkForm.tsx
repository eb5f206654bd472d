import { useRef, useState, type FormEvent } from 'react';
import { errorFor, formErrorOf, formLevelError, useFocusOnError, type FormError } from '../../app/form-errors';
import type { NetworkLinkKind } from '../../gql/graphql';
import { EnumOptions } from '../../ui/EnumOptions';
import { FormAlert, Notice } from '../../ui/QueryStatus';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useLinkNetworksMutation } from './link-mutations';
import { DIRECTED_KINDS, LINK_KIND_LABELS } from './link-kinds';

const FIELDS = ['toSlug', 'kind', 'description', 'source'] as const;

interface Props {
  network: { slug: string; name: string };
  /** The other networks of its territory. */
  others: Array<{ id: string; slug: string; name: string }>;
}

/** Draws a link from this network to another (its animators and the coordination see it). */
export function LinkNetworkForm({ network, others }: Props) {
  const [link, { loading }] = useLinkNetworksMutation();
  const [other, setOther] = useState('');
  const [kind, setKind] = useState<NetworkLinkKind>('TRANSVERSALITY');
  const [outgoing, setOutgoing] = useState(true);
  const [description, setDescription] = useState('');
  const [source, setSource] = useState('');
  const [error, setError] = useState<FormError>();
  const [notice, setNotice] = useState<string>();
  const form = useRef<HTMLFormElement>(null);
  useFocusOnError(form, error);
  const directed = DIRECTED_KINDS.includes(kind);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(undefined);
    if (!other) return setError({ field: 'toSlug', message: 'Choisissez le réseau à relier.' });
    setError(undefined);
    const [fromSlug, toSlug] = !directed || outgoing ? [network.slug, other] : [other, network.slug];
    try {
      await link({ fromSlug, toSlug, kind, description: description || null, source: source || null });
      setOther('');
      setDescription('');
      setSource('');
      setNotice('Lien ajouté.');
    } catch (caught) {
      // The server names the slug it refuses; here both are the one network chosen.
      const refused = formErrorOf(caught);
      setError(refused.field === 'fromSlug' ? { ...refused, field: 'toSlug' } : refused);
    }
  }

  return (
    <form ref={form} className="form-card" noValidate onSubmit={submit}>
      <h3>Relier à un autre réseau</h3>
      <FormAlert message={formLevelError(error, FIELDS)} />
      <div className="form-grid">
        <SelectField label="Réseau" value={other} onChange={setOther} error={errorFor(error, 'toSlug')}>
          <option value="">Choisir…</option>
          {others.map((n) => (
            <option key={n.id} value={n.slug}>
              {n.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Type de lien"
          value={kind}
          onChange={(v) => setKind(v as NetworkLinkKind)}
          error={errorFor(error, 'kind')}
        >
          <EnumOptions labels={LINK_KIND_LABELS} />
        </SelectField>
        {directed && (
          <SelectField label="Sens" value={outgoing ? 'out' : 'in'} onChange={(v) => setOutgoing(v === 'out')}>
            <option value="out">{network.name} oriente vers ce réseau</option>
            <option value="in">Ce réseau oriente vers {network.name}</option>
          </SelectField>
        )}
      </div>
      <TextField
        label="Description (facultatif)"
        value={description}
        onChange={setDescription}
        rows={2}
        maxLength={1000}
        error={errorFor(error, 'description')}
      />
      <TextField
        label="Passage de la CTG (facultatif)"
        hint="Où la convention parle de ce lien : page ou ligne, et ses mots."
        value={source}
        onChange={setSource}
        rows={2}
        error={errorFor(error, 'source')}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={loading}>
          Relier les réseaux
        </button>
      </div>
      {notice && <Notice>{notice}</Notice>}
    </form>
  );
}
