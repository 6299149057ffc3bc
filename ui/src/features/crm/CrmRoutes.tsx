import { useMemo, type ReactNode } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { EmptyState, Spinner } from '../../components/ui';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { ContactFormPage } from './ContactFormPage';
import { ContactPage } from './ContactPage';
import { ContactsPage } from './ContactsPage';
import { crmPath, CrmWorkspaceContext, useCrmWorkspace, type CrmWorkspace } from './CrmWorkspace';
import { ImportPage } from './ImportPage';
import { ImportsPage } from './ImportsPage';
import { SegmentEditorPage } from './SegmentEditorPage';
import { SegmentsPage } from './SegmentsPage';
// The store's form rows, tabs and dialog look the same here.
import '../store/store.css';
import './crm.css';

const TABS = [
  ['', 'Contacts'],
  ['segments', 'Segments'],
  ['imports', 'Imports'],
] as const;

/** Contacts, Segments, Imports; a contact's own pages belong to the Contacts tab. */
function CrmTabs({ workspaceId }: { workspaceId: string }) {
  const { pathname } = useLocation();
  const base = crmPath(workspaceId);
  const section = decodeURIComponent(pathname.slice(base.length + 1).split('/')[0] ?? '');
  const activeTab = section === 'segments' || section === 'imports' ? section : '';
  return (
    <nav className="store-tabs" aria-label="Audience">
      <ul>
        {TABS.map(([part, label]) => (
          <li key={part}>
            <Link
              to={part ? crmPath(workspaceId, part) : base}
              aria-current={part === activeTab ? 'page' : undefined}
              className={part === activeTab ? 'store-tab active' : 'store-tab'}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function CrmPageNotFound({ workspaceId }: { workspaceId: string }) {
  return (
    <EmptyState
      icon="?"
      title="Page not found"
      headingLevel={1}
      action={
        <Link to={crmPath(workspaceId)} className="btn btn-primary">
          Go to the contacts
        </Link>
      }
    >
      The address may be mistyped.
    </EmptyState>
  );
}

/** A page that changes contacts, opened by a viewer (from a shared link): say why it is not here. */
function EditorsOnly({ children }: { children: ReactNode }) {
  const { workspaceId, permissions } = useCrmWorkspace();
  if (permissions.canWrite) return children;
  return (
    <EmptyState
      icon="🔒"
      title="Only editors can do this"
      headingLevel={1}
      action={
        <Link to={crmPath(workspaceId)} className="btn btn-primary">
          Go to the contacts
        </Link>
      }
    >
      You can see this workspace&apos;s contacts, segments and imports; ask an owner or admin to
      make you an editor to change them.
    </EmptyState>
  );
}

/** The audience of the workspace in the URL: contacts, segments and CSV imports. */
export function CrmRoutes() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  const crm = useMemo<CrmWorkspace | null>(
    () => (workspace ? { workspaceId, workspace, permissions } : null),
    [workspaceId, workspace, permissions],
  );

  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!crm) return <WorkspaceUnavailable error={error} />;

  const editors = (page: ReactNode) => <EditorsOnly>{page}</EditorsOnly>;
  return (
    <CrmWorkspaceContext.Provider value={crm}>
      <CrmTabs workspaceId={workspaceId} />
      <Routes>
        <Route index element={<ContactsPage />} />
        <Route path="new" element={editors(<ContactFormPage />)} />
        <Route path="segments" element={<SegmentsPage />} />
        <Route path="segments/new" element={editors(<SegmentEditorPage />)} />
        <Route path="segments/:segmentId" element={<SegmentEditorPage />} />
        <Route path="imports" element={<ImportsPage />} />
        <Route path="imports/:importId" element={<ImportPage />} />
        <Route path=":contactId" element={<ContactPage />} />
        <Route path=":contactId/edit" element={editors(<ContactFormPage />)} />
        <Route path="*" element={<CrmPageNotFound workspaceId={workspaceId} />} />
      </Routes>
    </CrmWorkspaceContext.Provider>
  );
}
