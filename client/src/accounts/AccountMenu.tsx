import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { USER_ROLE_LABELS } from '../ui/labels';
import { useLogoutMutation } from './session-mutations';

export const AccountMenuFragment = graphql(`
  fragment AccountMenu_user on User {
    id
    displayName
    role
  }
`);

/**
 * The signed-in user's name and role, opening a short list of links (a disclosure, not an ARIA menu:
 * Tab moves through it, Escape closes it).
 */
export function AccountMenu(props: { user: FragmentType<typeof AccountMenuFragment> }) {
  const user = getFragmentData(AccountMenuFragment, props.user);
  const location = useLocation();
  // The menu stays open at the location where it was opened: following a link closes it.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const open = openAt === location.key;
  const [logout, loggingOut] = useLogoutMutation();
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: MouseEvent | FocusEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenAt(null);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenAt(null);
      toggle.current?.focus();
    };
    document.addEventListener('mousedown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('mousedown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div className="account-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="account-menu__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpenAt(open ? null : location.key)}
      >
        <span className="account-menu__name">{user.displayName}</span>
        <span className="account-menu__role">{USER_ROLE_LABELS[user.role]}</span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <ul className="account-menu__links">
          <li>
            <Link to="/compte">Mon compte</Link>
          </li>
          <li>
            <Link to="/compte#mes-donnees">Mes données</Link>
          </li>
        </ul>
        <button type="button" className="button account-menu__logout" disabled={loggingOut} onClick={() => void logout()}>
          Se déconnecter
        </button>
      </div>
    </div>
  );
}
