import { useEffect, useState } from 'react';

export interface ExampleChoice {
  id: string;
  name: string;
  description?: string;
}

/** Used until (or if) the server's `/api/examples` answers. */
const FALLBACK: readonly ExampleChoice[] = [
  { id: 'food-delivery', name: 'Food delivery' },
  { id: 'insurance-claims', name: 'Insurance claims' },
  { id: 'library-lending', name: 'Library lending' },
];

/** Example boards the server can create (`POST /api/boards { example }`). */
export function useExamples(): readonly ExampleChoice[] {
  const [examples, setExamples] = useState<readonly ExampleChoice[]>(FALLBACK);
  useEffect(() => {
    let live = true;
    fetch('/api/examples')
      .then(async (r) => (r.ok ? ((await r.json()) as ExampleChoice[]) : null))
      .then((list) => {
        if (live && Array.isArray(list) && list.length > 0) setExamples(list.filter((e) => typeof e.id === 'string' && typeof e.name === 'string'));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return examples;
}
