import { Link, Navigate, NavLink, Route, Routes } from 'react-router';
import { EmptyState, Spinner } from '../../components/ui';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { BookingsPage } from './BookingsPage';
import './bookings.css';
import { bookingsPath } from './paths';
import { ServiceEditorPage } from './ServiceEditorPage';
import { ServicesPage } from './ServicesPage';

function BookingsTabs({ workspaceId }: { workspaceId: string }) {
  const tabs = [
    ['services', 'Services'],
    ['bookings', 'Bookings'],
  ] as const;
  return (
    <nav className="bookings-tabs" aria-label="Bookings">
      <ul>
        {tabs.map(([part, label]) => (
          <li key={part}>
            <NavLink
              to={bookingsPath(workspaceId, part)}
              end={part === 'bookings'}
              className={({ isActive }) => (isActive ? 'bookings-tab active' : 'bookings-tab')}
            >
              {label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Services, their availability, and the bookings of the workspace in the URL. */
export function BookingsRoutes() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!workspace) return <WorkspaceUnavailable error={error} />;
  const props = { workspaceId, workspaceName: workspace.name, canWrite: permissions.canWrite };
  return (
    <>
      <BookingsTabs workspaceId={workspaceId} />
      <Routes>
        <Route index element={<Navigate to="services" replace />} />
        <Route path="services" element={<ServicesPage {...props} />} />
        <Route path="services/new" element={<ServiceEditorPage {...props} />} />
        <Route path="services/:serviceId" element={<ServiceEditorPage {...props} />} />
        <Route path="bookings" element={<BookingsPage {...props} />} />
        <Route
          path="*"
          element={
            <EmptyState
              icon="?"
              title="Page not found"
              headingLevel={1}
              action={
                <Link to={bookingsPath(workspaceId, 'services')} className="btn btn-primary">
                  Go to the services
                </Link>
              }
            >
              The address may be mistyped.
            </EmptyState>
          }
        />
      </Routes>
    </>
  );
}
