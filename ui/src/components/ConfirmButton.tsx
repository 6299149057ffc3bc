import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './ui';

/**
 * A destructive action in two steps: the first click asks "sure?", the second does it.
 * Keeps the focus on the confirm button so keyboard users can answer right away.
 */
export function ConfirmButton({
  children,
  confirmLabel,
  onConfirm,
  busy,
  size = 'sm',
  description,
}: {
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  size?: 'sm' | 'md';
  /** Accessible name of the first button when `children` alone is ambiguous (e.g. in a table). */
  description?: string;
}) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button
        variant="secondary"
        size={size}
        busy={busy}
        aria-label={description}
        onClick={() => setAsking(true)}
      >
        {children}
      </Button>
    );
  }
  return (
    <span className="confirm-group" role="group" aria-label={description ?? confirmLabel}>
      <Button
        ref={confirmRef}
        variant="danger"
        size={size}
        busy={busy}
        onClick={() => {
          onConfirm();
          setAsking(false);
        }}
      >
        {confirmLabel}
      </Button>
      <Button variant="ghost" size={size} onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </span>
  );
}
