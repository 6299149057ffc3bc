import { Badge, type BadgeTone } from '../../components/ui';

const courseStatuses: Record<string, [string, BadgeTone]> = {
  DRAFT: ['Draft', 'neutral'],
  PUBLISHED: ['Published', 'success'],
};

const enrollmentStatuses: Record<string, [string, BadgeTone]> = {
  ACTIVE: ['Active', 'info'],
  PAUSED: ['Paused', 'warning'],
  COMPLETED: ['Completed', 'success'],
  UNENROLLED: ['Unenrolled', 'neutral'],
};

export function CourseStatusBadge({ status }: { status: string }) {
  const [label, tone] = courseStatuses[status] ?? [status, 'neutral'];
  return <Badge tone={tone}>{label}</Badge>;
}

export function enrollmentStatusLabel(status: string): string {
  return enrollmentStatuses[status]?.[0] ?? status;
}

export function EnrollmentStatusBadge({ status }: { status: string }) {
  const [label, tone] = enrollmentStatuses[status] ?? [status, 'neutral'];
  return <Badge tone={tone}>{label}</Badge>;
}
