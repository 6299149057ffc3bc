import { Button } from './ui';

/** Newer / older pages of a list sorted newest first; nothing when everything fits on one page. */
export function Pagination({
  page,
  total,
  pageSize,
  label,
  onPage,
}: {
  /** 0-based. */
  page: number;
  total: number;
  pageSize: number;
  /** Names the navigation landmark, e.g. "Pages of runs". */
  label: string;
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1 && page === 0) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <Button variant="secondary" size="sm" disabled={page === 0} onClick={() => onPage(page - 1)}>
        ← Newer
      </Button>
      <span aria-current="page">
        Page {page + 1} of {pages}
      </span>
      <Button
        variant="secondary"
        size="sm"
        disabled={page + 1 >= pages}
        onClick={() => onPage(page + 1)}
      >
        Older →
      </Button>
    </nav>
  );
}
