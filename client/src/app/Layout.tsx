import { NavLink, Outlet, ScrollRestoration } from 'react-router';

const NAVIGATION = [
  { to: '/', label: 'Accueil', end: true },
  { to: '/annuaire', label: 'Annuaire', end: false },
  { to: '/reseaux/matrice', label: 'Réseaux / matrice', end: false },
];

export function Layout() {
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
            </ul>
          </nav>
        </div>
      </header>
      {/* tabIndex lets the skip link move keyboard focus, not only the scroll position. */}
      <main id="contenu" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        Convention territoriale globale — Caf de la Drôme et Communauté de communes du Crestois et du Pays de
        Saillans
      </footer>
      <ScrollRestoration />
    </>
  );
}
