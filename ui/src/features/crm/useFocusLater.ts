import { useEffect, useRef } from 'react';

/**
 * Focuses the element with an id once it has rendered: a row just added gets the focus, so a
 * keyboard user types into it rather than hunting for it.
 */
export function useFocusLater(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (!pending.current) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}
