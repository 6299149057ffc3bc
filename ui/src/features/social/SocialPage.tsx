import { PageHeader } from '../../components/ui';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { AccountsCard } from './AccountsCard';
import { Composer } from './Composer';
import { PostsCard } from './PostsCard';
import { QueueCard } from './QueueCard';
import './social.css';

/** Social posts of the workspace in the URL: accounts, composer, the posts by day and the queue. */
export function SocialPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Social posts', workspace.name);
  return (
    <>
      <PageHeader
        title="Social posts"
        description="Schedule posts on X and LinkedIn; each is published at its time, retried within the networks' limits, and you are mailed if one fails."
      />
      <div className="social-layout">
        <div className="social-column">
          {permissions.canWrite && <Composer workspaceId={workspaceId} />}
          <PostsCard workspaceId={workspaceId} canWrite={permissions.canWrite} />
        </div>
        <div className="social-column">
          {/* Connecting accounts is an admin's act, as Stripe keys are. */}
          <AccountsCard workspaceId={workspaceId} canManage={permissions.canManageMembers} />
          <QueueCard workspaceId={workspaceId} canWrite={permissions.canWrite} />
        </div>
      </div>
    </>
  );
}
