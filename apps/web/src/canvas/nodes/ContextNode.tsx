import { TEXT_LIMITS } from '@stormscape/model';
import { NodeResizer } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { usePresence, useRuntime } from '../../board/BoardRuntime';
import type { ContextFlowNode } from '../../store/flowTypes';

/** A bounded context frame: dragged by its title bar, members move with it. */
export const ContextNode = memo(function ContextNode({ id, data, selected }: NodeProps<ContextFlowNode>) {
  const { actions, readOnly } = useRuntime();
  const others = usePresence((s) => s.selectedBy[id]?.[0] ?? '');
  const [renaming, setRenaming] = useState(false);
  const { context } = data;
  const finish = (name: string) => {
    setRenaming(false);
    if (name !== context.name) actions.updateContext(id, { name });
  };
  return (
    <div className={`frame${selected ? ' is-selected' : ''}`} style={{ ['--frame-colour' as string]: context.colour, ...(others ? { outline: `3px solid ${others}` } : {}) }} data-testid="context-frame">
      {!readOnly && <NodeResizer isVisible={selected} minWidth={160} minHeight={120} handleClassName="resize-handle frame-resize" />}
      <div className="frame-title" onDoubleClick={readOnly ? undefined : () => setRenaming(true)}>
        {renaming ? (
          <input
            className="nodrag"
            aria-label="Context name"
            defaultValue={context.name}
            autoFocus
            maxLength={TEXT_LIMITS.name}
            onBlur={(e) => finish(e.target.value)}
            onKeyDown={(e) => {
              e.stopPropagation();
              if (e.key === 'Enter') finish(e.currentTarget.value);
              if (e.key === 'Escape') setRenaming(false);
            }}
          />
        ) : (
          <span>{context.name || 'Unnamed context'}</span>
        )}
        <span className="frame-count">{context.memberIds.length}</span>
      </div>
    </div>
  );
});
