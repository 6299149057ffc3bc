import { Route, Routes, useParams } from 'react-router';
import { BackLink } from '../../components/BackLink';
import { PageNotFound } from '../../components/PageNotFound';
import { RecordUnavailable } from '../../components/RecordUnavailable';
import { EditorsOnly } from '../workspaces/EditorsOnly';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useCampaign } from './api';
import { CampaignEditorPage } from './CampaignEditorPage';
import { CampaignPage } from './CampaignPage';
import { CampaignsPage } from './CampaignsPage';
import { campaignsPath } from './paths';
// The store's form, dialog and status-line styles are the app's form styles; campaigns share them.
import '../store/store.css';
import './campaigns.css';

function BackToCampaigns() {
  const { workspaceId } = useWorkspaceSection();
  return <BackLink to={campaignsPath(workspaceId)}>All campaigns</BackLink>;
}

/** A draft opens in the editor; a campaign on its way (or sent) opens on its progress. */
function CampaignRoute() {
  const { workspaceId, permissions } = useWorkspaceSection();
  const { campaignId = '' } = useParams();
  const query = useCampaign(workspaceId, campaignId);
  const campaign = query.data;
  return (
    <>
      <BackToCampaigns />
      {!campaign ? (
        <RecordUnavailable query={query} noun="campaign" />
      ) : campaign.status === 'DRAFT' && permissions.canWrite ? (
        <CampaignEditorPage key={campaign.id} campaign={campaign} />
      ) : (
        <CampaignPage campaign={campaign} query={query} />
      )}
    </>
  );
}

/** The email campaigns of the workspace in the URL: the list, the editor and live progress. */
export function CampaignsRoutes() {
  const { workspaceId } = useWorkspaceSection();
  return (
    <Routes>
      <Route index element={<CampaignsPage />} />
      <Route
        path="new"
        element={
          <>
            <BackToCampaigns />
            <EditorsOnly
              title="Only editors can write campaigns"
              why="You can follow this workspace's campaigns; ask an owner or admin to make you an editor to write one."
            >
              <CampaignEditorPage campaign={null} />
            </EditorsOnly>
          </>
        }
      />
      <Route path=":campaignId" element={<CampaignRoute />} />
      <Route
        path="*"
        element={<PageNotFound to={campaignsPath(workspaceId)} label="Go to the campaigns" />}
      />
    </Routes>
  );
}
