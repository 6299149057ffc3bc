import { useEffect, useState } from 'react';

/**
 * The value as it was `delayMs` after it last changed, compared by its JSON, so a new object
 * with the same content (every render of a form) does not restart the wait.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
    // The key stands for the value: a new object with the same content is the same value.
  }, [key, delayMs]);
  return settled;
}
