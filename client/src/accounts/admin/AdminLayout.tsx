import { NavLink, Outlet } from 'react-router';

const SECTIONS = [
  { to: '/admin/utilisateurs', label: 'Utilisateurs' },
  { to: '/admin/journal', label: 'Journal des modifications' },
  { to: '/admin/effacements', label: 'Demandes d’effacement' },
  { to: '/admin/courriels', label: 'Courriels envoyés' },
  { to: '/admin/taches-en-echec', label: 'Tâches en échec' },
  { to: '/admin/periodes-a-eviter', label: 'Périodes à éviter' },
];

/** The coordination's pages (under RequireRole ADMIN), with their own navigation. */
export function AdminLayout() {
  return (
    <>
      <nav aria-label="Administration" className="subnav">
        <ul>
          {SECTIONS.map((section) => (
            <li key={section.to}>
              <NavLink to={section.to}>{section.label}</NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
