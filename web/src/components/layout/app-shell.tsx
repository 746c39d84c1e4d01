import { type ReactNode, useEffect, useRef, useState } from "react";
import { NavLink, Outlet, useLocation } from "react-router";
import { type SignedInUser, useMe } from "../../lib/queries/me";

interface NavItem {
  to: string;
  label: string;
  end: boolean;
  hideFor?: SignedInUser["role"];
  /** Shown only to this role, and only with accounts (local mode has no users to manage). */
  onlyFor?: SignedInUser["role"];
}

const NAV: NavItem[] = [
  { to: "/", label: "Practise", end: true },
  { to: "/history", label: "History", end: false },
  // Learners cannot publish personas or rubrics (the API answers 403), so they do not see it.
  { to: "/trainer", label: "Trainer", end: false, hideFor: "learner" },
  { to: "/team", label: "Team", end: false, hideFor: "learner" },
  { to: "/assignments", label: "Assignments", end: false },
  { to: "/examples", label: "Examples", end: false },
  { to: "/evals", label: "Evals", end: false },
  { to: "/admin/users", label: "Admin", end: false, onlyFor: "admin" },
];

/** `userMenu` and `notifications` come from app/ (features' pieces): shared layout imports no feature. */
export function AppShell({ userMenu, notifications }: { userMenu: ReactNode; notifications?: ReactNode }) {
  const me = useMe().data;
  const role = me?.user.role;
  const nav = NAV.filter(
    (item) =>
      (item.hideFor === undefined || item.hideFor !== role) &&
      (item.onlyFor === undefined || (item.onlyFor === role && me?.mode === "accounts")),
  );
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // Phone width: the links and the user menu fold behind a Menu button (one header row).
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [pathname]);

  // After client-side navigation, move focus to the new page so screen readers start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <NavLink to="/" className="brand" aria-label="Parley home">
            <span className="brand__mark" aria-hidden="true" />
            Parley
          </NavLink>
          <button
            type="button"
            className="nav-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-menu"
            onClick={() => setMenuOpen((open) => !open)}
          >
            <span className="nav-toggle__icon" aria-hidden="true" />
            Menu
          </button>
          <div id="site-menu" className={`site-header__menu${menuOpen ? " is-open" : ""}`}>
            <nav aria-label="Main">
              <ul className="nav">
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end} className="nav__link">
                      {item.label}
                    </NavLink>
                  </li>
                ))}
                {notifications && <li>{notifications}</li>}
              </ul>
            </nav>
            {userMenu}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="page">
        <Outlet />
      </main>
    </>
  );
}
