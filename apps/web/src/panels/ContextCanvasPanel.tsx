import type { BoundedContextCanvas, ServiceTarget } from '@stormscape/model';
import { TEXT_LIMITS } from '@stormscape/model';
import { useCallback, useState } from 'react';
import { useBoard, useRuntime } from '../board/BoardRuntime';
import { DOMAIN_LABELS, EVOLUTION_LABELS } from './canvasLabels';
import { ContextCanvasDialog } from './ContextCanvasDialog';
import { CodeNameField } from './decisions/CodeNameField';
import { TARGET_LABELS } from '../workshop/generate/targetLabels';

/** One line on what the canvas says so far (the canvas itself is too wide for the side panel). */
function canvasSummary(canvas: BoundedContextCanvas) {
  const { domain, evolution } = canvas.classification;
  const parts = [domain && DOMAIN_LABELS[domain], evolution && EVOLUTION_LABELS[evolution], canvas.purpose && `“${canvas.purpose.slice(0, 80)}${canvas.purpose.length > 80 ? '…' : ''}”`].filter(Boolean);
  return <p className="muted">{parts.length > 0 ? parts.join(' · ') : 'Canvas not filled in yet.'}</p>;
}

/** A context's name, code name and colour; its Bounded Context Canvas (ddd-crew v5) opens in a wide dialog. */
export function ContextCanvasPanel({ id }: { id: string }) {
  const { actions, readOnly } = useRuntime();
  const context = useBoard((s) => s.contexts.get(id));
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  if (!context) return null;
  return (
    <div className="details" aria-label="Bounded context canvas">
      <label>
        Name
        <input value={context.name} readOnly={readOnly} maxLength={TEXT_LIMITS.name} onChange={(e) => actions.updateContext(id, { name: e.target.value })} />
      </label>
      <CodeNameField item={context} readOnly={readOnly} onChange={(codeName) => actions.updateContext(id, { codeName })} />
      <label>
        Colour
        <input type="color" value={context.colour} disabled={readOnly} onChange={(e) => actions.updateContext(id, { colour: e.target.value.toUpperCase() })} />
      </label>
      <label>
        Service target
        <select
          value={context.target ?? ''}
          disabled={readOnly}
          onChange={(e) => actions.updateContext(id, { target: e.target.value === '' ? null : (e.target.value as ServiceTarget) })}
        >
          <option value="">Undecided (the generate default, TypeScript)</option>
          {(Object.keys(TARGET_LABELS) as ServiceTarget[]).map((t) => (
            <option key={t} value={t}>
              {TARGET_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <p className="muted">{context.memberIds.length} stickies inside</p>
      {canvasSummary(context.canvas)}
      <button type="button" className="primary" onClick={() => setOpen(true)}>
        Open Bounded Context Canvas
      </button>
      {open && <ContextCanvasDialog id={id} onClose={close} />}
    </div>
  );
}
