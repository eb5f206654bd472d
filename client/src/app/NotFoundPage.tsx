import { Link } from 'react-router';
import { useDocumentTitle } from '../ui/use-document-title';

export function NotFoundPage() {
  useDocumentTitle('Page introuvable');
  return (
    <>
      <h1>Page introuvable</h1>
      <p>
        Cette adresse ne correspond à aucune page. <Link to="/">Revenir à l'accueil</Link>
      </p>
    </>
  );
}
