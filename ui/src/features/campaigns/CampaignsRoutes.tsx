import { useMemo } from 'react';
import { Link, Route, Routes, useParams } from 'react-router';
import { ApiError, errorMessage } from '../../api';
import { Card, EmptyState, SkeletonRows, Spinner } from '../../components/ui';
import { useRouteWorkspace } from '../workspaces/useRouteWorkspace';
import { WorkspaceUnavailable } from '../workspaces/WorkspaceNotFound';
import { useCampaign } from './api';
import { CampaignEditorPage } from './CampaignEditorPage';
import { CampaignPage } from './CampaignPage';
import { CampaignsPage } from './CampaignsPage';
import {
  campaignsPath,
  CampaignWorkspaceContext,
  useCampaignWorkspace,
  type CampaignWorkspace,
} from './CampaignWorkspace';
// The store's form, dialog and status-line styles are the app's form styles; campaigns share them.
import '../store/store.css';
import './campaigns.css';

function BackToCampaigns() {
  const { workspaceId } = useCampaignWorkspace();
  return (
    <p className="back-link">
      <Link to={campaignsPath(workspaceId)}>← All campaigns</Link>
    </p>
  );
}

/** A draft opens in the editor; a campaign on its way (or sent) opens on its progress. */
function CampaignRoute() {
  const { workspaceId, permissions } = useCampaignWorkspace();
  const { campaignId = '' } = useParams();
  const query = useCampaign(workspaceId, campaignId);
  const campaign = query.data;
  if (!campaign) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        <BackToCampaigns />
        {query.isPending ? (
          <Card title="Loading the campaign…">
            <SkeletonRows rows={6} label="Loading the campaign…" />
          </Card>
        ) : (
          <EmptyState
            icon="?"
            headingLevel={1}
            title={notFound ? 'This campaign does not exist' : 'Could not load this campaign'}
          >
            {notFound
              ? 'It may have been deleted, or belong to another workspace.'
              : errorMessage(query.error)}
          </EmptyState>
        )}
      </>
    );
  }
  return (
    <>
      <BackToCampaigns />
      {campaign.status === 'DRAFT' && permissions.canWrite ? (
        <CampaignEditorPage key={campaign.id} campaign={campaign} />
      ) : (
        <CampaignPage campaign={campaign} query={query} />
      )}
    </>
  );
}

function NewCampaignRoute() {
  const { permissions } = useCampaignWorkspace();
  return (
    <>
      <BackToCampaigns />
      {permissions.canWrite ? (
        <CampaignEditorPage campaign={null} />
      ) : (
        <EmptyState icon="🔒" title="Only editors can write campaigns" headingLevel={1}>
          You can follow this workspace's campaigns; ask an owner or admin to make you an editor to
          write one.
        </EmptyState>
      )}
    </>
  );
}

function CampaignPageNotFound() {
  const { workspaceId } = useCampaignWorkspace();
  return (
    <EmptyState
      icon="?"
      title="Page not found"
      headingLevel={1}
      action={
        <Link to={campaignsPath(workspaceId)} className="btn btn-primary">
          Go to the campaigns
        </Link>
      }
    >
      The address may be mistyped.
    </EmptyState>
  );
}

/** The email campaigns of the workspace in the URL: the list, the editor and live progress. */
export function CampaignsRoutes() {
  const { workspaceId, workspace, permissions, isLoading, error } = useRouteWorkspace();
  const value = useMemo<CampaignWorkspace | null>(
    () => (workspace ? { workspaceId, workspace, permissions } : null),
    [workspaceId, workspace, permissions],
  );
  if (isLoading) return <Spinner label="Loading workspace…" />;
  if (!value) return <WorkspaceUnavailable error={error} />;
  return (
    <CampaignWorkspaceContext.Provider value={value}>
      <Routes>
        <Route index element={<CampaignsPage />} />
        <Route path="new" element={<NewCampaignRoute />} />
        <Route path=":campaignId" element={<CampaignRoute />} />
        <Route path="*" element={<CampaignPageNotFound />} />
      </Routes>
    </CampaignWorkspaceContext.Provider>
  );
}
