import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../gql';
import { errorMessage } from '../app/error-message';
import { ErrorPanel, Notice } from '../ui/QueryStatus';

const MyPersonalDataQuery = graphql(`
  query MyPersonalData {
    myPersonalData
  }
`);

export const PERSONAL_DATA_FILE = 'maillage-mes-donnees.json';

/** Asks the API for everything it holds about the user, at the moment of the click, and saves it as a JSON file. */
export function PersonalDataDownload() {
  const client = useApolloClient();
  const [state, setState] = useState<{ status: 'idle' | 'loading' | 'done' } | { status: 'error'; message: string }>({
    status: 'idle',
  });

  async function download() {
    setState({ status: 'loading' });
    try {
      // Not kept in the cache: personal data has no business staying in memory after the download.
      const { data } = await client.query({ query: MyPersonalDataQuery, fetchPolicy: 'no-cache' });
      if (!data) throw new Error('Réponse vide');
      saveFile(new Blob([data.myPersonalData], { type: 'application/json' }), PERSONAL_DATA_FILE);
      setState({ status: 'done' });
    } catch (error) {
      setState({ status: 'error', message: errorMessage(error) });
    }
  }

  return (
    <div className="personal-data-download">
      <button
        type="button"
        className="button button--primary"
        onClick={() => void download()}
        disabled={state.status === 'loading'}
      >
        Télécharger mes données (JSON)
      </button>
      {state.status === 'done' && <Notice>Vos données ont été enregistrées dans le fichier {PERSONAL_DATA_FILE}.</Notice>}
      {state.status === 'error' && <ErrorPanel message={state.message} />}
    </div>
  );
}

function saveFile(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started the download by now; the object URL can go on the next task.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
