import { Badge } from '../../components/ui';
import { roleLabels, roleTones, type Role } from './roles';

export function RoleBadge({ role }: { role: Role }) {
  return <Badge tone={roleTones[role]}>{roleLabels[role]}</Badge>;
}
