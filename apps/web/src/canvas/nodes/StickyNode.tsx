import type { Sticky } from '@stormscape/model';
import { KIND_STYLES } from '@stormscape/model';
import { Handle, NodeResizer, Position } from '@xyflow/react';
import type { NodeProps } from '@xyflow/react';
import { createContext, memo, useCallback, useContext, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { usePresence, useRuntime, useUi } from '../../board/BoardRuntime';
import type { StickyFlowNode } from '../../store/flowTypes';
import { kindLabel } from './kindLabels';
import { StickyEditor } from './StickyEditor';
import { StickyMarkers } from './StickyMarkers';
import { stickyClipping } from './stickyClipping';
import { stickyTextFit } from './stickyTextFit';

interface BodyProps {
  sticky: Sticky;
  width: number;
  height: number;
  editing: boolean;
  readOnly: boolean;
  onText: (text: string) => void;
  onDone: () => void;
  onCancel: () => void;
  onEdit: () => void;
}

const sameContent = (a: Sticky, b: Sticky) =>
  a === b ||
  (a.kind === b.kind &&
    a.text === b.text &&
    a.pivotal === b.pivotal &&
    a.timed === b.timed &&
    a.public === b.public &&
    a.policyMode === b.policyMode &&
    a.resolved === b.resolved &&
    (a.fields?.length ?? 0) === (b.fields?.length ?? 0));

// Everything but position: a drag changes only the wrapper's transform, not this.
const StickyBody = memo(function StickyBody({ sticky, width, height, editing, readOnly, onText, onDone, onCancel, onEdit }: BodyProps) {
  // The same fit the SVG/PNG export uses (label, badges and a hotspot's diamond counted).
  const fit = stickyTextFit(sticky, width, height);
  const { fontSize } = fit;
  const fieldCount = sticky.fields?.length ?? 0;
  const label = `${kindLabel(sticky.kind)}${fieldCount > 0 ? ` · ${fieldCount} field${fieldCount === 1 ? '' : 's'}` : ''}`;
  // Clip only what may not fit: each clip costs paint and hit-testing on every frame.
  const clip = stickyClipping(sticky, label, width, fit);
  return (
    <>
      <div className={clip.label ? 'sticky-kind clipped' : 'sticky-kind'} aria-hidden="true">
        {label}
      </div>
      {editing && !readOnly ? (
        <StickyEditor initial={sticky.text} label={`${kindLabel(sticky.kind)} text`} fontSize={fontSize} onChange={onText} onDone={onDone} onCancel={onCancel} />
      ) : (
        <div className={clip.text ? 'sticky-text clipped' : 'sticky-text'} style={{ fontSize }} onDoubleClick={readOnly ? undefined : onEdit}>
          {sticky.text}
        </div>
      )}
      <StickyMarkers badges={fit.badges} clipped={clip.badges} />
    </>
  );
}, (a, b) => a.width === b.width && a.height === b.height && a.editing === b.editing && a.readOnly === b.readOnly && a.onText === b.onText && a.onCancel === b.onCancel && sameContent(a.sticky, b.sticky));

/** Below this zoom a sticky is a plain coloured tile: its text would be unreadable. */
export const LOW_DETAIL_ZOOM = 0.3;
/**
 * Whether the view is below LOW_DETAIL_ZOOM, provided once by the canvas: a selector per
 * sticky on React Flow's store would run 2,000 times on every pan or zoom frame.
 */
export const LowDetailContext = createContext(false);

/**
 * Stand-ins for a sticky's two connection handles: plain elements with the handles'
 * classes and geometry, never hit (`pointer-events: none`). React Flow's `<Handle>`
 * subscribes to its store (a selector and a shallow compare per handle on every pan, zoom
 * and drag frame: 4,000 on a 2,000-sticky board), so a sticky renders real handles only
 * while the pointer is over it (see `useHover`); the rest keep these. They also matter
 * on tiles: React Flow re-measures every node's handles from the DOM when it first
 * observes it, and an edge whose ends have no handle is not drawn (a board opened zoomed
 * out would show no links). The bounds measured here are the real handles' bounds.
 */
function HandleStandIns({ id }: { id: string }) {
  return (
    <>
      <div className="react-flow__handle react-flow__handle-left target sticky-handle handle-stand-in" data-handlepos={Position.Left} data-nodeid={id} aria-hidden="true" />
      <div className="react-flow__handle react-flow__handle-right source sticky-handle handle-stand-in" data-handlepos={Position.Right} data-nodeid={id} aria-hidden="true" />
    </>
  );
}

/**
 * Whether the pointer is over this sticky, for its real connection handles. Rendered at
 * once on entry (`flushSync`): a press on the handle right after the pointer arrives must
 * find the real one. While a button is held (a connection or drag from here) it stays
 * until release, so the handle a connection started from is not swapped out under it.
 */
function useHover(): [boolean, { onPointerEnter: () => void; onPointerLeave: (e: React.PointerEvent) => void }] {
  const [hovered, setHovered] = useState(false);
  const handlers = useMemo(
    () => ({
      onPointerEnter: () => flushSync(() => setHovered(true)),
      onPointerLeave: (e: React.PointerEvent) => {
        if (e.buttons === 0) return setHovered(false);
        window.addEventListener('pointerup', () => setHovered(false), { once: true });
      },
    }),
    [],
  );
  return [hovered, handlers];
}

/**
 * What a sticky draws from. React Flow passes the node's position too: while a selection
 * is dragged it changes on every frame, but nothing drawn inside the node depends on it
 * (React Flow moves the node's box itself). `dragging` flips only at a drag's start and end.
 */
export const sameStickyProps = (a: NodeProps<StickyFlowNode>, b: NodeProps<StickyFlowNode>): boolean =>
  a.id === b.id && a.data.sticky === b.data.sticky && a.selected === b.selected && a.dragging === b.dragging && a.width === b.width && a.height === b.height;

/** One sticky of any kind: colour and shape from the notation, text rendered as text. */
export const StickyNode = memo(function StickyNode({ id, data, selected, dragging, width, height }: NodeProps<StickyFlowNode>) {
  const { actions, ui, readOnly } = useRuntime();
  const editing = useUi((s) => s.editingId === id);
  const others = usePresence((s) => s.selectedBy[id]?.join(' ') ?? '');
  const { sticky } = data;
  const w = width ?? sticky.size.width;
  const h = height ?? sticky.size.height;
  const onText = useCallback((text: string) => actions.setText(id, text), [actions, id]);
  const onDone = useCallback(() => ui.setState((s) => (s.editingId === id ? { editingId: null, freshId: s.freshId === id ? null : s.freshId } : s)), [ui, id]);
  const onCancel = useCallback(() => {
    if (!actions.discardIfFreshAndEmpty(id)) onDone();
  }, [actions, id, onDone]);
  const onEdit = useCallback(() => ui.setState({ editingId: id }), [ui, id]);
  const remoteColour = others.split(' ')[0];
  const lowDetail = useContext(LowDetailContext);
  const [hovered, hover] = useHover();
  if (lowDetail && !selected && !editing) {
    return (
      <div className={`sticky sticky-${sticky.kind} tile`} style={{ ['--sticky-bg' as string]: KIND_STYLES[sticky.kind].colour, ...(remoteColour ? { outline: `3px solid ${remoteColour}` } : {}) }} data-kind={sticky.kind} data-testid="sticky">
        <HandleStandIns id={id} />
      </div>
    );
  }
  return (
    <div
      className={`sticky sticky-${sticky.kind}${sticky.pivotal ? ' is-pivotal' : ''}${selected ? ' is-selected' : ''}`}
      style={{ ['--sticky-bg' as string]: KIND_STYLES[sticky.kind].colour, ...(remoteColour ? { outline: `3px solid ${remoteColour}`, outlineOffset: 3 } : {}) }}
      data-kind={sticky.kind}
      data-testid="sticky"
      {...hover}
    >
      {/* Not while dragging: 50 dragged stickies would carry 400 resize controls, each a layer to paint and hit-test per frame. */}
      {!readOnly && <NodeResizer isVisible={selected && !dragging} minWidth={60} minHeight={40} lineClassName="resize-line" handleClassName="resize-handle" />}
      {hovered && !readOnly ? <Handle type="target" position={Position.Left} className="sticky-handle" /> : null}
      <StickyBody sticky={sticky} width={w} height={h} editing={editing} readOnly={readOnly} onText={onText} onDone={onDone} onCancel={onCancel} onEdit={onEdit} />
      {hovered && !readOnly ? <Handle type="source" position={Position.Right} className="sticky-handle" /> : <HandleStandIns id={id} />}
    </div>
  );
}, sameStickyProps);
