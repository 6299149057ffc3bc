import { Link, NavLink } from 'react-router';

export interface SectionTab {
  to: string;
  label: string;
  /** Active on its own path only, not on the paths below it. */
  end?: boolean;
}

/**
 * The tabs of a workspace section (Products, Orders, Settings…). The tab of the current address
 * is active, unless `activeTo` names the active tab for sections whose paths do not nest.
 */
export function SectionTabs({
  label,
  tabs,
  activeTo,
}: {
  label: string;
  tabs: readonly SectionTab[];
  activeTo?: string;
}) {
  const className = (active: boolean) => (active ? 'section-tab active' : 'section-tab');
  return (
    <nav className="section-tabs" aria-label={label}>
      <ul>
        {tabs.map((tab) => (
          <li key={tab.to}>
            {activeTo === undefined ? (
              <NavLink to={tab.to} end={tab.end} className={({ isActive }) => className(isActive)}>
                {tab.label}
              </NavLink>
            ) : (
              <Link
                to={tab.to}
                aria-current={tab.to === activeTo ? 'page' : undefined}
                className={className(tab.to === activeTo)}
              >
                {tab.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
