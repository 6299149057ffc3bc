import { formatDateTime, formatRelative, isoOrUndefined } from '../../lib/format';

/** "5 minutes ago", with the exact time on hover and for machines. */
export function RelativeTime({ at }: { at: string | null | undefined }) {
  return (
    <time dateTime={isoOrUndefined(at)} title={formatDateTime(at)}>
      {formatRelative(at)}
    </time>
  );
}
