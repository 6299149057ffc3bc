import { useState } from 'react';
import { useLocation } from 'react-router';
import { errorMessage } from '../../api';
import { Alert, Button, Card, PageHeader } from '../../components/ui';
import { formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { UpdatedAgo } from '../runs/UpdatedAgo';
import { ConfirmDialog } from '../store/ConfirmDialog';
import { focusHeading } from '../store/focus';
import { useWorkspaceSection } from '../workspaces/WorkspaceSection';
import {
  campaignsApi,
  useCampaign,
  useCampaignAction,
  useSegments,
  type Campaign,
  type CampaignProgress,
} from './api';
import {
  campaignActions,
  campaignStatusLabel,
  finalSummary,
  isLiveCampaignStatus,
  progressFigures,
} from './campaignStatus';
import { CampaignPreview } from './CampaignPreview';
import { audienceLabel } from './CampaignsPage';
import { CampaignStatusBadge } from './CampaignStatusBadge';

const number = new Intl.NumberFormat();

/** The bar and the counts behind it: sent + failed + skipped of the audience. */
export function ProgressCard({ campaign }: { campaign: Campaign }) {
  const progress: CampaignProgress | null = campaign.progress ?? null;
  const f = progressFigures(progress);
  const waiting = campaign.status === 'SCHEDULED' && f.done === 0;
  const stats: Array<[string, string, string?]> = [
    ['Sent', number.format(progress?.sent ?? 0)],
    ['Failed', number.format(progress?.failed ?? 0)],
    ['Skipped', number.format(progress?.skipped ?? 0), 'not subscribed'],
    ['Remaining', number.format(f.remaining)],
    ['Opened', number.format(progress?.opened ?? 0), `${f.openRate}% of sent`],
    ['Clicked', number.format(progress?.clicked ?? 0), `${f.clickRate}% of sent`],
    ['Bounced', number.format(progress?.bounced ?? 0), 'reported later; now bounced'],
    ['Complained', number.format(progress?.complained ?? 0), 'marked as spam'],
  ];
  return (
    <Card title="Progress" titleId="campaign-progress-title">
      {campaign.status === 'DRAFT' ? (
        <p className="muted">A draft: not sent yet.</p>
      ) : waiting ? (
        <p className="muted">
          Sends on {formatDateTime(campaign.scheduledAt)}; the audience is counted then.
        </p>
      ) : (
        <div className="campaign-progress">
          <div
            className="campaign-bar"
            role="progressbar"
            aria-labelledby="campaign-progress-title"
            aria-valuemin={0}
            aria-valuemax={f.total}
            aria-valuenow={f.done}
            aria-valuetext={`${f.done} of ${f.total} contacts done (${f.percent}%)`}
          >
            <span className="campaign-bar-fill" style={{ width: `${f.percent}%` }} />
          </div>
          <p className="campaign-progress-line">
            <strong>{f.percent}%</strong> · {number.format(f.done)} of {number.format(f.total)}{' '}
            contacts done · {number.format(f.remaining)} remaining
          </p>
        </div>
      )}
      <dl className="campaign-stats">
        {stats.map(([label, value, sub]) => (
          <div key={label} className="campaign-stat">
            <dt>{label}</dt>
            <dd>
              <span className="campaign-stat-value">{value}</span>
              {sub && <span className="muted small">{sub}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}

type Action = 'pause' | 'resume' | 'cancel';
const actionLabels: Record<Action, string> = {
  pause: 'Pause',
  resume: 'Resume',
  cancel: 'Cancel…',
};
const doneMessages: Record<Action, string> = {
  pause: 'Pausing: the batch being sent finishes first.',
  resume: 'Resumed: sending goes on.',
  cancel: 'Cancelled: no more mails go out.',
};

/** Pause, resume and cancel as the status allows; a refusal (409) shows the campaign's reason. */
function CampaignControls({
  campaign,
  onDone,
}: {
  campaign: Campaign;
  onDone: (m: string) => void;
}) {
  const { workspaceId } = useWorkspaceSection();
  const [asking, setAsking] = useState(false);
  const act = useCampaignAction(workspaceId, (action: Action) =>
    campaignsApi.act(workspaceId, campaign.id, action),
  );
  const allowed = campaignActions(campaign.status);
  const run = async (action: Action) => {
    try {
      await act.mutateAsync(action);
      // A scheduled campaign keeps saying SCHEDULED until its time comes, then waits paused.
      onDone(
        action === 'pause' && campaign.status === 'SCHEDULED'
          ? 'Paused: at its send time it waits until you resume it.'
          : doneMessages[action],
      );
    } catch {
      // act.error shows the reason.
    }
  };
  const actions = (['pause', 'resume', 'cancel'] as const).filter((a) => allowed[a]);
  if (actions.length === 0) return null;
  return (
    <Card title="Actions" titleId="campaign-actions-title">
      <Alert>{act.error ? errorMessage(act.error) : null}</Alert>
      <div className="campaign-controls">
        {actions.map((action) => (
          <Button
            key={action}
            variant={action === 'cancel' ? 'danger' : 'secondary'}
            busy={act.isPending && act.variables === action}
            disabled={act.isPending}
            onClick={() => {
              act.reset();
              if (action === 'cancel') setAsking(true);
              else void run(action);
            }}
          >
            {actionLabels[action]}
          </Button>
        ))}
      </div>
      {asking && (
        <ConfirmDialog
          title="Cancel this campaign?"
          confirmLabel="Cancel campaign"
          cancelLabel="Keep sending"
          onClose={() => setAsking(false)}
          onConfirm={() => {
            setAsking(false);
            void run('cancel');
          }}
        >
          <p>
            No more mails go out. Those already sent stay sent; a cancelled campaign cannot restart.
          </p>
        </ConfirmDialog>
      )}
    </Card>
  );
}

function CampaignContent({ campaign }: { campaign: Campaign }) {
  const { workspaceId } = useWorkspaceSection();
  const segments = useSegments(workspaceId);
  return (
    <Card title="Content" titleId="campaign-content-title">
      <dl className="details">
        <dt>From</dt>
        <dd className="store-break">
          {campaign.fromName} &lt;{campaign.fromEmail}&gt;
        </dd>
        {campaign.replyTo && (
          <>
            <dt>Reply-to</dt>
            <dd className="store-break">{campaign.replyTo}</dd>
          </>
        )}
        <dt>Audience</dt>
        <dd>{audienceLabel(campaign.segmentId, segments.data)}</dd>
        <dt>Scheduled</dt>
        <dd>{campaign.scheduledAt ? formatDateTime(campaign.scheduledAt) : 'Sent at once'}</dd>
        <dt>Started</dt>
        <dd>{formatDateTime(campaign.startedAt)}</dd>
        <dt>Finished</dt>
        <dd>{formatDateTime(campaign.finishedAt)}</dd>
      </dl>
      <h3 className="store-action-title campaign-content-heading">As a contact reads it</h3>
      <CampaignPreview
        workspaceId={workspaceId}
        campaignId={campaign.id}
        version={campaign.updatedAt}
      />
    </Card>
  );
}

/** A campaign past its draft: progress live every 2 s while it runs, then its final counts. */
export function CampaignPage({
  campaign,
  query,
}: {
  campaign: Campaign;
  query: ReturnType<typeof useCampaign>;
}) {
  const { workspace, permissions } = useWorkspaceSection();
  const location = useLocation();
  // The editor hands over its "started" message through the location once the send succeeded.
  const [notice, setNotice] = useState<string | null>(null);
  const flash = (location.state as { flash?: string } | null)?.flash ?? '';
  useDocumentTitle(campaign.name, workspace.name);
  const live = isLiveCampaignStatus(campaign.status);
  const summary = finalSummary(campaign.status, campaign.progress);
  // "Sending has started" is old news once the summary is there.
  const shownNotice = notice ?? (summary ? '' : flash);
  return (
    <>
      <PageHeader
        eyebrow={workspace.name}
        titleId="campaign-title"
        title={campaign.name}
        description={
          <span className="store-status-line">
            <CampaignStatusBadge status={campaign.status} />
            <span className="store-break">{campaign.subject}</span>
            <UpdatedAgo at={query.dataUpdatedAt} live={live} />
          </span>
        }
      />
      {/* Announced when the status changes and once at the end, not at every count. */}
      <p className="sr-only" role="status" aria-live="polite">
        {summary || `Campaign status: ${campaignStatusLabel(campaign.status)}`}
      </p>
      <Alert tone="success">{shownNotice}</Alert>
      {summary && (
        // Seen here, heard through the status line above: one announcement, not two.
        <div className={`alert alert-${campaign.status === 'SENT' ? 'success' : 'info'}`}>
          <p className="alert-body">{summary}</p>
        </div>
      )}
      {query.isError && (
        <Alert tone="warning">
          Live updates paused: {errorMessage(query.error)} The page retries on its own.
        </Alert>
      )}
      <ProgressCard campaign={campaign} />
      {permissions.canWrite && (
        <CampaignControls
          campaign={campaign}
          onDone={(message) => {
            setNotice(message);
            focusHeading('campaign-title');
          }}
        />
      )}
      <CampaignContent campaign={campaign} />
    </>
  );
}
