import { useEffect } from 'react';

/** Sets the browser tab title, e.g. "Members · Acme · Mewayz". */
export function useDocumentTitle(...parts: Array<string | null | undefined>) {
  const title = [...parts.filter(Boolean), 'Mewayz'].join(' · ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
