import { Badge, type BadgeTone } from '../../components/ui';
import type { InvitationStatus } from './api';

const tones: Record<InvitationStatus, BadgeTone> = {
  PENDING: 'warning',
  ACCEPTED: 'success',
  DECLINED: 'danger',
  EXPIRED: 'neutral',
  REVOKED: 'neutral',
};

export function InvitationStatusBadge({ status }: { status: InvitationStatus }) {
  return (
    <Badge tone={tones[status]}>
      <span className="badge-dot" aria-hidden="true" />
      {status}
    </Badge>
  );
}
