import { useState } from 'react';
import { DetailsPanel } from '../panels/DetailsPanel';
import { LanesPanel } from '../panels/LanesPanel';
import { LintPanel } from '../panels/LintPanel';

const TABS = [
  ['details', 'Details'],
  ['checks', 'Checks'],
  ['lanes', 'Swimlanes'],
] as const;
type Tab = (typeof TABS)[number][0];

/** Details, live checks and swimlanes, as keyboard-operable tabs. */
export function SidePanel() {
  const [tab, setTab] = useState<Tab>('details');
  return (
    <aside className="side-panel" aria-label="Side panel">
      <div role="tablist" aria-label="Panels" className="tabs">
        {TABS.map(([id, label], i) => (
          <button
            key={id}
            id={`tab-${id}`}
            role="tab"
            type="button"
            aria-selected={tab === id}
            aria-controls={`panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={(e) => {
              const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
              if (!d) return;
              const next = TABS[(i + d + TABS.length) % TABS.length]![0];
              setTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'details' && <DetailsPanel />}
        {tab === 'checks' && <LintPanel />}
        {tab === 'lanes' && <LanesPanel />}
      </div>
    </aside>
  );
}
