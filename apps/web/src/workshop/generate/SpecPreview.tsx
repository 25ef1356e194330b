import { useId, useState } from 'react';
import { showToast } from '../../board/uiStore';
import { download } from '../../export/rasterise';
import { useWorkshop } from '../WorkshopContext';
import type { GeneratedContext } from './runGeneration';

const SPECS = [
  { id: 'openapi', label: 'OpenAPI', file: 'openapi.yaml' },
  { id: 'asyncapi', label: 'AsyncAPI', file: 'asyncapi.yaml' },
] as const;
type SpecId = (typeof SPECS)[number]['id'];

/** One context's two contracts: tabs, a read-only YAML view, copy and download. */
export function SpecPreview({ context }: { context: GeneratedContext }) {
  const { rt } = useWorkshop();
  const [spec, setSpec] = useState<SpecId>('openapi');
  const base = useId();
  const current = SPECS.find((s) => s.id === spec) ?? SPECS[0];
  const text = context[current.id];
  const tabId = (id: SpecId) => `${base}-tab-${id}`;

  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => showToast(rt.ui, `Copied ${context.slug}/${current.file}`),
      () => showToast(rt.ui, 'Copying failed: the browser refused clipboard access', 'error'),
    );

  return (
    <div className="gen-spec">
      <div className="gen-spec-bar">
        <div role="tablist" aria-label={`Contracts of ${context.name}`} className="tabs gen-tabs">
          {SPECS.map((s, i) => (
            <button
              key={s.id}
              id={tabId(s.id)}
              role="tab"
              type="button"
              aria-selected={spec === s.id}
              aria-controls={`${base}-panel`}
              tabIndex={spec === s.id ? 0 : -1}
              onClick={() => setSpec(s.id)}
              onKeyDown={(e) => {
                const d = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
                if (!d) return;
                const next = SPECS[(i + d + SPECS.length) % SPECS.length]!.id;
                setSpec(next);
                document.getElementById(tabId(next))?.focus();
              }}
            >
              {s.label}
            </button>
          ))}
        </div>
        <div className="ws-row">
          <button type="button" onClick={() => void copy()}>
            Copy
          </button>
          {SPECS.map((s) => (
            <button key={s.id} type="button" onClick={() => download(context[s.id], `${context.slug}-${s.file}`, 'application/yaml')}>
              Download {s.label}
            </button>
          ))}
        </div>
      </div>
      <div role="tabpanel" id={`${base}-panel`} aria-labelledby={tabId(current.id)}>
        {/* Focusable so the scrolling code can be read with the keyboard. */}
        <pre className="gen-code" tabIndex={0} aria-label={`${context.slug}/${current.file}`} data-testid="spec-preview" data-spec={current.id}>
          <code>{text}</code>
        </pre>
      </div>
    </div>
  );
}
