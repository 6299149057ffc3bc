import { Link, useLocation } from 'react-router';
import { errorMessage } from '../../api';
import { LoadFailed } from '../../components/LoadFailed';
import { Alert, Card, EmptyState, PageHeader, SkeletonRows } from '../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { UpdatedAgo } from '../runs/UpdatedAgo';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import { useCampaigns, useSegments, type Campaign, type Segment } from './api';
import { isLiveCampaignStatus } from './campaignStatus';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { campaignsPath } from './paths';

export function audienceLabel(
  segmentId: string | null | undefined,
  segments: Segment[] | undefined,
) {
  if (!segmentId) return 'All contacts';
  return segments?.find((s) => s.id === segmentId)?.name ?? 'A segment';
}

/** When it went out, or will: the start once started, the planned time while scheduled. */
function When({ campaign }: { campaign: Campaign }) {
  const at = campaign.startedAt ?? campaign.scheduledAt;
  if (!at) return <span className="muted">Not sent</span>;
  const planned = !campaign.startedAt;
  return (
    <span>
      <span className="cell-sub">{planned ? 'Scheduled for' : 'Started'}</span>
      <time dateTime={isoOrUndefined(at)} title={formatDateTime(at)}>
        {planned ? formatDateTime(at) : formatRelative(at)}
      </time>
    </span>
  );
}

function CampaignsTable({ campaigns }: { campaigns: Campaign[] }) {
  const { workspaceId } = useWorkspaceSection();
  const segments = useSegments(workspaceId);
  return (
    <div className="table-wrap">
      <table className="table" aria-labelledby="campaigns-title">
        <thead>
          <tr>
            <th scope="col">Campaign</th>
            <th scope="col">Status</th>
            <th scope="col">Audience</th>
            <th scope="col">Sent · failed · skipped</th>
            <th scope="col">Opened · clicked</th>
            <th scope="col">When</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => {
            const p = campaign.progress;
            return (
              <tr key={campaign.id}>
                <td data-label="Campaign">
                  <Link className="cell-strong" to={campaignsPath(workspaceId, campaign.id)}>
                    {campaign.name}
                  </Link>
                  <span className="cell-sub store-break">{campaign.subject}</span>
                </td>
                <td data-label="Status">
                  <CampaignStatusBadge status={campaign.status} />
                </td>
                <td data-label="Audience">{audienceLabel(campaign.segmentId, segments.data)}</td>
                <td data-label="Sent · failed · skipped">
                  {p ? (
                    <span>
                      {p.sent} · {p.failed} · {p.skipped}
                      <span className="cell-sub">of {p.audience}</span>
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label="Opened · clicked">
                  {p ? (
                    <span>
                      {p.opened} · {p.clicked}
                    </span>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td data-label="When">
                  <When campaign={campaign} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function CampaignsListBody({ query }: { query: ReturnType<typeof useCampaigns> }) {
  const { workspaceId, permissions } = useWorkspaceSection();
  if (query.isPending) return <SkeletonRows rows={4} label="Loading campaigns…" />;
  if (!query.data) {
    return <LoadFailed what="the campaigns" error={query.error} onRetry={query.refetch} />;
  }
  if (query.data.items.length === 0) {
    return (
      <EmptyState
        icon="✉"
        title="No campaigns yet"
        action={
          permissions.canWrite ? (
            <Link className="btn btn-primary" to={campaignsPath(workspaceId, 'new')}>
              Write your first campaign
            </Link>
          ) : undefined
        }
      >
        A campaign is one email to your subscribed contacts, or to a segment of them. Write it, look
        at the preview, send yourself a test, then send it now or at a time you choose; its
        progress, opens and clicks show here live. Contacts come from the Audience pages or the API.
      </EmptyState>
    );
  }
  return (
    <>
      {query.isError && (
        <Alert tone="warning">
          Live updates paused: {errorMessage(query.error)} The list retries on its own.
        </Alert>
      )}
      <CampaignsTable campaigns={query.data.items} />
    </>
  );
}

export function CampaignsPage() {
  const { workspaceId, workspace, permissions } = useWorkspaceSection();
  useDocumentTitle('Campaigns', workspace.name);
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? '';
  const query = useCampaigns(workspaceId);
  const campaigns = query.data?.items ?? [];
  const live = campaigns.some((c) => isLiveCampaignStatus(c.status));
  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        title="Campaigns"
        description="Emails to your contacts, newest first, with their progress live."
        actions={
          permissions.canWrite ? (
            <Link className="btn btn-primary" to={campaignsPath(workspaceId, 'new')}>
              New campaign
            </Link>
          ) : undefined
        }
      />
      <Alert tone="success">{flash}</Alert>
      <Card
        title="Campaigns"
        titleId="campaigns-title"
        description={
          query.data ? (
            <>
              {campaigns.length} {campaigns.length === 1 ? 'campaign' : 'campaigns'} ·{' '}
              <UpdatedAgo at={query.dataUpdatedAt} live={live} />
            </>
          ) : undefined
        }
      >
        <CampaignsListBody query={query} />
      </Card>
    </>
  );
}
