import { memo, useMemo } from 'react';
import { errorMessage } from '../../../api';
import { LoadFailed } from '../../../components/LoadFailed';
import { Alert, Badge, Button, SkeletonRows } from '../../../components/ui';
import { formatDateTime, formatRelative, isoOrUndefined } from '../../../lib/format';
import { designerApi, useVersionAction, useVersions, type AutomationVersion } from '../designerApi';
import { diffGraphs, summarizeDiff } from './versionDiff';

/** "What changed" for each version against the one before it, newest first. */
function withChanges(versions: AutomationVersion[]) {
  const ascending = [...versions].sort((a, b) => a.version - b.version);
  return ascending
    .map((v, i) => {
      const before = i > 0 ? (ascending[i - 1]!.graph ?? null) : null;
      const change = v.graph ? summarizeDiff(diffGraphs(before, v.graph), i === 0) : '';
      return { ...v, change };
    })
    .reverse();
}

/**
 * Published versions: who, when, the summary and what changed; roll back to one (published again
 * as the next version), activate one, or deactivate the automation.
 */
export const VersionsPanel = memo(function VersionsPanel({
  workspaceId,
  automationId,
  canWrite,
  mayReplaceDraft,
  onRolledBack,
}: {
  workspaceId: string;
  automationId: string;
  canWrite: boolean;
  /** Asks before a roll back replaces unsaved edits; false keeps them. */
  mayReplaceDraft: () => boolean;
  /** The draft is now this version's graph. */
  onRolledBack: (version: AutomationVersion) => void;
}) {
  const versions = useVersions(workspaceId, automationId);
  const rows = useMemo(() => withChanges(versions.data ?? []), [versions.data]);
  const rollBack = useVersionAction(workspaceId, automationId, (from: number) =>
    designerApi.publish(workspaceId, automationId, { from }),
  );
  const activate = useVersionAction(workspaceId, automationId, (version: number) =>
    designerApi.activate(workspaceId, automationId, version),
  );
  const deactivate = useVersionAction(workspaceId, automationId, () =>
    designerApi.deactivate(workspaceId, automationId),
  );
  const error = rollBack.error ?? activate.error ?? deactivate.error;
  const busy = rollBack.isPending || activate.isPending || deactivate.isPending;

  if (versions.isPending) return <SkeletonRows label="Loading versions…" />;
  if (versions.isError) {
    return <LoadFailed what="the versions" error={versions.error} onRetry={versions.refetch} />;
  }
  if (rows.length === 0) {
    return (
      <p className="muted">
        Nothing published yet. Publish the draft to create version 1; triggers start runs of the
        active version only.
      </p>
    );
  }
  return (
    <div className="stack">
      {error ? <Alert>{errorMessage(error)}</Alert> : null}
      <ol className="version-list" aria-label="Versions">
        {rows.map((v) => (
          <li key={v.version} className="version-item" aria-label={`Version ${v.version}`}>
            <div className="version-head">
              <strong>v{v.version}</strong>
              {v.active && <Badge tone="success">active</Badge>}
              <time
                className="muted small"
                dateTime={isoOrUndefined(v.publishedAt)}
                title={formatDateTime(v.publishedAt)}
              >
                {formatRelative(v.publishedAt)}
              </time>
              {v.publishedBy && (
                <span className="muted small">by {v.publishedByName ?? 'a former member'}</span>
              )}
            </div>
            {v.summary && <p className="version-summary">{v.summary}</p>}
            {v.change && <p className="muted small">{v.change}</p>}
            {canWrite && (
              <div className="version-actions">
                <Button
                  size="sm"
                  variant="secondary"
                  disabled={busy}
                  onClick={() => {
                    if (!mayReplaceDraft()) return;
                    rollBack.mutate(v.version, { onSuccess: () => onRolledBack(v) });
                  }}
                  aria-label={`Roll back to version ${v.version}`}
                >
                  Roll back
                </Button>
                {v.active ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy}
                    onClick={() => deactivate.mutate(undefined)}
                  >
                    Deactivate
                  </Button>
                ) : (
                  <Button
                    size="sm"
                    variant="ghost"
                    disabled={busy}
                    onClick={() => activate.mutate(v.version)}
                    aria-label={`Activate version ${v.version}`}
                  >
                    Activate
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
});
