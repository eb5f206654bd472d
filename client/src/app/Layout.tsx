import { useQuery } from '@apollo/client/react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { graphql } from '../gql';
import { AccountMenu } from '../accounts/AccountMenu';
import type { ReturnTo } from '../accounts/return-path';
import { ConnectionBanner } from './ConnectionBanner';

const NAVIGATION = [
  { to: '/', label: 'Accueil', end: true },
  { to: '/annuaire', label: 'Annuaire', end: false },
  { to: '/reseaux/matrice', label: 'Réseaux / matrice', end: false },
  { to: '/reseaux/maillage', label: 'Maillage', end: false },
  { to: '/formations', label: 'Formations', end: false },
  { to: '/feuille-de-route', label: 'Feuille de route', end: false },
];

const LayoutQuery = graphql(`
  query Layout {
    me {
      id
      role
      ...AccountMenu_user
    }
  }
`);

export function Layout() {
  const { data, loading } = useQuery(LayoutQuery);
  const me = data?.me;
  const inAdministration = useLocation().pathname.startsWith('/admin/');
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="site-header__brand">
            Maillage
          </NavLink>
          <nav aria-label="Navigation principale">
            <ul className="site-nav">
              {NAVIGATION.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              {me && (
                <li>
                  <NavLink to="/mes-reunions">Mes réunions</NavLink>
                </li>
              )}
              {me?.role === 'ADMIN' && (
                <li>
                  {/* Current on every admin page, not only the first one it opens. */}
                  <Link to="/admin/utilisateurs" aria-current={inAdministration ? 'page' : undefined}>
                    Administration
                  </Link>
                </li>
              )}
            </ul>
          </nav>
          <div className="site-header__account">{(data || !loading) && (me ? <AccountMenu user={me} /> : <SignInLink />)}</div>
        </div>
      </header>
      <ConnectionBanner />
      {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
      <main id="contenu" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        Convention territoriale globale — Caf de la Drôme et Communauté de communes du Crestois et du Pays de Saillans
      </footer>
      <ScrollRestoration />
    </>
  );
}

/** Brings the visitor back to the page they were reading once signed in. */
function SignInLink() {
  const location = useLocation();
  const from = location.pathname === '/connexion' ? undefined : location.pathname + location.search;
  return (
    <Link to="/connexion" state={from ? ({ from } satisfies ReturnTo) : undefined} className="site-header__sign-in">
      Se connecter
    </Link>
  );
}
