import { Badge } from '../../components/ui';
import { runStatusLabel, runStatusTone } from './runStatus';

export function RunStatusBadge({ status }: { status: string | null | undefined }) {
  return (
    <Badge tone={runStatusTone(status)}>
      <span className="badge-dot" aria-hidden="true" />
      {runStatusLabel(status)}
    </Badge>
  );
}
