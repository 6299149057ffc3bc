import type { ReactNode } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { PageNotFound } from '../../components/PageNotFound';
import { SectionTabs } from '../../components/SectionTabs';
import { EditorsOnly } from '../workspaces/EditorsOnly';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { ContactFormPage } from './ContactFormPage';
import { ContactPage } from './ContactPage';
import { ContactsPage } from './ContactsPage';
import { crmPath } from './paths';
import { ImportPage } from './ImportPage';
import { ImportsPage } from './ImportsPage';
import { SegmentEditorPage } from './SegmentEditorPage';
import { SegmentsPage } from './SegmentsPage';
// The store's form rows and dialog look the same here.
import '../store/store.css';
import './crm.css';

/** Contacts, Segments, Imports; a contact's own pages (`contacts/c1`) belong to the Contacts tab. */
function CrmTabs({ workspaceId }: { workspaceId: string }) {
  const { pathname } = useLocation();
  const base = crmPath(workspaceId);
  const section = decodeURIComponent(pathname.slice(base.length + 1).split('/')[0] ?? '');
  const tabs = [
    { to: base, label: 'Contacts' },
    { to: crmPath(workspaceId, 'segments'), label: 'Segments' },
    { to: crmPath(workspaceId, 'imports'), label: 'Imports' },
  ];
  const active =
    section === 'segments' || section === 'imports' ? crmPath(workspaceId, section) : base;
  return <SectionTabs label="Audience" tabs={tabs} activeTo={active} />;
}

/** The audience of the workspace in the URL: contacts, segments and CSV imports. */
export function CrmRoutes() {
  const { workspaceId } = useWorkspaceSection();
  const toContacts = (
    <Link to={crmPath(workspaceId)} className="btn btn-primary">
      Go to the contacts
    </Link>
  );
  const editors = (page: ReactNode) => (
    <EditorsOnly
      why="You can see this workspace's contacts, segments and imports; ask an owner or admin to make you an editor to change them."
      action={toContacts}
    >
      {page}
    </EditorsOnly>
  );
  return (
    <>
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
        <Route
          path="*"
          element={<PageNotFound to={crmPath(workspaceId)} label="Go to the contacts" />}
        />
      </Routes>
    </>
  );
}
