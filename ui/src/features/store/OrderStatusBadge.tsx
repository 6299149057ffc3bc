import { Badge } from '../../components/ui';
import { orderStatusLabel, orderStatusTone } from './orderStatus';

export function OrderStatusBadge({ status }: { status: string | null | undefined }) {
  return (
    <Badge tone={orderStatusTone(status)}>
      <span className="badge-dot" aria-hidden="true" />
      {orderStatusLabel(status)}
    </Badge>
  );
}
