import { useEffect, useRef, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../features/auth/AuthContext';
import { useCurrentWorkspace } from '../features/workspaces/CurrentWorkspace';
import { WorkspaceSwitcher } from '../features/workspaces/WorkspaceSwitcher';
import { Logo } from './Logo';
import { Button } from './ui';

function NavItem({
  to,
  label,
  icon,
  end,
}: {
  to: string;
  label: string;
  icon: string;
  end?: boolean;
}) {
  return (
    <li>
      <NavLink
        to={to}
        end={end}
        className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
      >
        <span className="nav-icon" aria-hidden="true">
          {icon}
        </span>
        {label}
      </NavLink>
    </li>
  );
}

function initials(nameOrEmail: string): string {
  const parts = nameOrEmail.split(/[\s@.]+/).filter(Boolean);
  return (
    parts
      .slice(0, 2)
      .map((p) => p[0]?.toUpperCase() ?? '')
      .join('') || '?'
  ).slice(0, 2);
}

/** Sidebar + top bar frame around every page once the user is in the app. */
export function AppShell() {
  const { user, status, logout } = useAuth();
  const { current } = useCurrentWorkspace();
  const location = useLocation();
  const navigate = useNavigate();
  const [navOpen, setNavOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Close the mobile menu and move focus to the new page on navigation.
  useEffect(() => {
    setNavOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo?.(0, 0);
  }, [location.pathname]);

  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const sidebarRef = useRef<HTMLElement>(null);

  // On small screens the sidebar is a drawer: focus its first link when it opens, and give
  // the focus back to the menu button when Escape closes it.
  useEffect(() => {
    if (!navOpen) return;
    sidebarRef.current?.querySelector<HTMLElement>('.nav-link')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setNavOpen(false);
        menuButtonRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navOpen]);

  const signedIn = status === 'authenticated' && user;
  const workspaceBase = current ? `/workspaces/${encodeURIComponent(current.id)}` : null;

  return (
    <div className={navOpen ? 'shell nav-open' : 'shell'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <aside className="sidebar" id="sidebar" aria-label="Sidebar" ref={sidebarRef}>
        <div className="sidebar-brand">
          <NavLink to="/" aria-label="Mewayz dashboard">
            <Logo />
          </NavLink>
        </div>
        <nav aria-label="Main">
          {signedIn ? (
            <>
              <ul className="nav-list">
                <NavItem to="/" end label="Dashboard" icon="◧" />
                <NavItem to="/workspaces" end label="Workspaces" icon="▦" />
              </ul>
              {current && workspaceBase && (
                <>
                  <p className="nav-section" title={current.name}>
                    {current.name}
                  </p>
                  <ul className="nav-list">
                    <NavItem to={`${workspaceBase}/members`} label="Members" icon="◉" />
                    <NavItem to={`${workspaceBase}/automations`} label="Automations" icon="⚡" />
                    <NavItem to={`${workspaceBase}/runs`} label="Runs" icon="▷" />
                    <NavItem to={`${workspaceBase}/store`} label="Store" icon="▣" />
                    <NavItem to={`${workspaceBase}/contacts`} label="Audience" icon="☺" />
                    <NavItem to={`${workspaceBase}/campaigns`} label="Campaigns" icon="✈" />
                    <NavItem to={`${workspaceBase}/bookings`} label="Bookings" icon="◷" />
                    <NavItem to={`${workspaceBase}/courses`} label="Courses" icon="✎" />
                    <NavItem to={`${workspaceBase}/social`} label="Social" icon="♯" />
                    <NavItem to={`${workspaceBase}/link-in-bio`} label="Link in bio" icon="↗" />
                    <NavItem to={`${workspaceBase}/ai`} label="AI content" icon="✦" />
                    <NavItem to={`${workspaceBase}/settings`} label="Settings" icon="⚙" />
                  </ul>
                </>
              )}
            </>
          ) : (
            <ul className="nav-list">
              <NavItem to="/login" label="Sign in" icon="→" />
              <NavItem to="/register" label="Create account" icon="+" />
            </ul>
          )}
          <p className="nav-section">Developer</p>
          <ul className="nav-list">
            <NavItem to="/mails" label="Mail sink" icon="✉" />
          </ul>
        </nav>
      </aside>
      {navOpen && <div className="scrim" aria-hidden="true" onClick={() => setNavOpen(false)} />}
      <div className="shell-main">
        <header className="topbar">
          <button
            ref={menuButtonRef}
            type="button"
            className="btn btn-ghost menu-button"
            aria-controls="sidebar"
            aria-expanded={navOpen}
            onClick={() => setNavOpen((open) => !open)}
          >
            <span aria-hidden="true">☰</span>
            <span className="sr-only">Menu</span>
          </button>
          <div className="topbar-start">{signedIn && <WorkspaceSwitcher />}</div>
          <div className="topbar-end">
            {signedIn ? (
              <>
                <div className="user-chip" title={user.email}>
                  <span className="avatar" aria-hidden="true">
                    {initials(user.name || user.email)}
                  </span>
                  <span className="user-chip-text">
                    <span className="user-chip-name">{user.name || user.email}</span>
                    <span className="user-chip-email">{user.email}</span>
                  </span>
                </div>
                <Button
                  variant="secondary"
                  size="sm"
                  busy={signingOut}
                  onClick={async () => {
                    setSigningOut(true);
                    await logout();
                    setSigningOut(false);
                    navigate('/login', { replace: true });
                  }}
                >
                  Sign out
                </Button>
              </>
            ) : (
              <NavLink to="/login" className="btn btn-secondary btn-sm">
                Sign in
              </NavLink>
            )}
          </div>
        </header>
        <main id="main" className="content" tabIndex={-1} ref={mainRef}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
