import { Badge } from '../../components/ui';
import { campaignStatusLabel, campaignStatusTone } from './campaignStatus';

export function CampaignStatusBadge({ status }: { status: string | null | undefined }) {
  return (
    <Badge tone={campaignStatusTone(status)}>
      <span className="badge-dot" aria-hidden="true" />
      {campaignStatusLabel(status)}
    </Badge>
  );
}
