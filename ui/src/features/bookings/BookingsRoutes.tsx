import { Navigate, Route, Routes } from 'react-router';
import { PageNotFound } from '../../components/PageNotFound';
import { SectionTabs } from '../../components/SectionTabs';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { BookingsPage } from './BookingsPage';
import './bookings.css';
import { bookingsPath } from './paths';
import { ServiceEditorPage } from './ServiceEditorPage';
import { ServicesPage } from './ServicesPage';

/** Services, their availability, and the bookings of the workspace in the URL. */
export function BookingsRoutes() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  const props = {
    workspaceId,
    workspaceName: workspace.name,
    canWrite: permissions.canWrite,
  };
  return (
    <>
      <SectionTabs
        label="Bookings"
        tabs={[
          { to: bookingsPath(workspaceId, 'services'), label: 'Services' },
          { to: bookingsPath(workspaceId, 'bookings'), label: 'Bookings', end: true },
        ]}
      />
      <Routes>
        <Route index element={<Navigate to="services" replace />} />
        <Route path="services" element={<ServicesPage {...props} />} />
        <Route path="services/new" element={<ServiceEditorPage {...props} />} />
        <Route path="services/:serviceId" element={<ServiceEditorPage {...props} />} />
        <Route path="bookings" element={<BookingsPage {...props} />} />
        <Route
          path="*"
          element={
            <PageNotFound to={bookingsPath(workspaceId, 'services')} label="Go to the services" />
          }
        />
      </Routes>
    </>
  );
}
