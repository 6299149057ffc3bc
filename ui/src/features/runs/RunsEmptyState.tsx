import { Link } from 'react-router';
import { Button, EmptyState } from '../../components/ui';
import type { Automation } from '../automations/api';

/** The shell command that starts a run of an automation through the API. */
export function curlExample(origin: string, workspaceId: string, automationId: string): string {
  return [
    `curl -X POST ${origin}/api/automations/${automationId}/runs \\`,
    `  -H "Authorization: Bearer $MEWAYZ_TOKEN" \\`,
    `  -H "X-Workspace-Id: ${workspaceId}" \\`,
    `  -H "Idempotency-Key: order-1001" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"input": {"email": "ada@example.com"}}'`,
  ].join('\n');
}

/** No run at all yet: the three ways to start one, with what to type. */
export function NoRunsYet({
  workspaceId,
  automation,
  exampleAutomationId,
}: {
  workspaceId: string;
  /** The automation the list is filtered to, if any. */
  automation?: Automation;
  /** An automation of the workspace, so the curl example can be pasted as it is. */
  exampleAutomationId?: string;
}) {
  const automationsLink = `/workspaces/${encodeURIComponent(workspaceId)}/automations`;
  return (
    <EmptyState
      icon="▷"
      title={automation ? `${automation.name} has not run yet` : 'No runs yet'}
      action={
        <Link to={automationsLink} className="btn btn-primary">
          Go to the automations
        </Link>
      }
    >
      <p>A run appears here the moment it starts, and its status updates live. To start one:</p>
      <ol className="start-run-steps">
        <li>
          <strong>Run now</strong> — publish an automation with a manual trigger on the Automations
          page, then press its <em>Run now</em> button.
        </li>
        <li>
          <strong>Through the API</strong> — send its input from any program:
          <pre className="json-block" tabIndex={0} aria-label="Example: start a run with curl">
            {curlExample(
              window.location.origin,
              workspaceId,
              automation?.id ?? exampleAutomationId ?? 'AUTOMATION_ID',
            )}
          </pre>
        </li>
        <li>
          <strong>By webhook</strong> — give an automation a webhook trigger and point your store,
          form or payment provider at its webhook URL (<code>GET /api/automations/…/webhook</code>
          ); every delivery starts one run.
        </li>
      </ol>
    </EmptyState>
  );
}

/** Runs exist, just none matching the filters. */
export function NoMatchingRuns({ onClear }: { onClear: () => void }) {
  return (
    <EmptyState
      icon="⌕"
      title="No runs match these filters"
      action={
        <Button variant="secondary" onClick={onClear}>
          Clear filters
        </Button>
      }
    >
      Widen the time range, choose another status, or clear the filters to see every run.
    </EmptyState>
  );
}
