import { useId, useState } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { formErrorOf } from '../app/form-errors';
import { Markdown } from '../ui/Markdown';
import { FormAlert, Notice } from '../ui/QueryStatus';
import { reasonOf } from './meeting-form';
import { useUpdateMeetingMutation } from './meeting-mutations';
import { StaleVersionNotice } from './StaleVersionNotice';

export const MeetingMinutesFragment = graphql(`
  fragment MeetingMinutes_meeting on Meeting {
    id
    version
    status
    minutes
    viewerCan {
      manage
    }
  }
`);

interface Props {
  meeting: FragmentType<typeof MeetingMinutesFragment>;
  /** Reloads the meeting after a concurrent edit. */
  reload: () => Promise<unknown>;
}

/**
 * The minutes, in Markdown, rendered safely; those who take part read them, managers write them
 * (a textarea and its preview). The API sends none to others, and this section then stays out.
 */
export function MeetingMinutes({ meeting: meetingRef, reload }: Props) {
  const meeting = getFragmentData(MeetingMinutesFragment, meetingRef);
  const [editing, setEditing] = useState(false);
  const canEdit = meeting.viewerCan.manage && (meeting.status === 'SCHEDULED' || meeting.status === 'HELD');
  if (meeting.minutes === null && !canEdit) return null;
  return (
    <section aria-labelledby="minutes-title" className="minutes">
      <div className="section-heading">
        <h2 id="minutes-title">Compte rendu</h2>
        {canEdit && !editing && (
          <button type="button" className="button button--small" onClick={() => setEditing(true)}>
            {meeting.minutes ? 'Modifier le compte rendu' : 'Rédiger le compte rendu'}
          </button>
        )}
      </div>
      {editing ? (
        <MinutesEditor
          meetingId={meeting.id}
          version={meeting.version}
          saved={meeting.minutes ?? ''}
          reload={reload}
          onDone={() => setEditing(false)}
        />
      ) : meeting.minutes ? (
        <Markdown source={meeting.minutes} className="minutes__text" />
      ) : (
        <p className="empty-state">Pas encore de compte rendu.</p>
      )}
    </section>
  );
}

interface EditorProps {
  meetingId: string;
  version: number;
  saved: string;
  reload: () => Promise<unknown>;
  onDone: () => void;
}

function MinutesEditor({ meetingId, version, saved, reload, onDone }: EditorProps) {
  const id = useId();
  const [text, setText] = useState(saved);
  const [update, { loading }] = useUpdateMeetingMutation([]);
  const [error, setError] = useState<string>();
  const [stale, setStale] = useState(false);
  const [notice, setNotice] = useState<string>();

  async function save() {
    setError(undefined);
    setNotice(undefined);
    try {
      await update(meetingId, version, { minutes: text.trim() ? text : null });
      setStale(false);
      setNotice('Compte rendu enregistré.');
      onDone();
    } catch (caught) {
      if (reasonOf(caught) === 'STALE_VERSION') {
        setStale(true);
        await reload();
      } else setError(formErrorOf(caught).message);
    }
  }

  return (
    <div className="minutes-editor">
      <FormAlert message={error} />
      {stale && (
        <StaleVersionNotice>
          Votre texte est conservé ci-dessous. {saved ? 'Comparez-le au compte rendu enregistré entre-temps' : 'Vérifiez-le'},
          puis enregistrez-le de nouveau.
        </StaleVersionNotice>
      )}
      <div className="minutes-editor__panes">
        <div className="field">
          <label htmlFor={`${id}-text`}>Texte du compte rendu</label>
          <p className="field__hint" id={`${id}-hint`}>
            Mise en forme Markdown : « ## Titre », « - point », « **gras** », liens [texte](https://…).
          </p>
          <textarea
            id={`${id}-text`}
            aria-describedby={`${id}-hint`}
            rows={14}
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="minutes-editor__preview" role="region" aria-labelledby={`${id}-preview`} tabIndex={0}>
          <h3 id={`${id}-preview`}>Aperçu</h3>
          {text.trim() ? <Markdown source={text} /> : <p className="empty-state">Rien à afficher pour l’instant.</p>}
        </div>
      </div>
      {stale && saved && (
        <details className="minutes-editor__current">
          <summary>Voir le compte rendu enregistré entre-temps</summary>
          <Markdown source={saved} />
        </details>
      )}
      <div className="form-actions">
        <button type="button" className="button button--primary" disabled={loading} onClick={() => void save()}>
          {stale ? 'Enregistrer mon texte quand même' : 'Enregistrer le compte rendu'}
        </button>
        <button type="button" className="button" onClick={onDone}>
          Annuler
        </button>
        <Notice>{notice}</Notice>
      </div>
    </div>
  );
}
