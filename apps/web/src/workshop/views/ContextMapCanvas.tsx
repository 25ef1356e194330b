import type { Board } from '@stormscape/model';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { contextMapSvg } from './contextMapSvg';
import type { Point } from './labelPlacement';

const STEP = 10;
const BIG_STEP = 50;
const ARROWS: Readonly<Record<string, Point>> = { ArrowLeft: { x: -1, y: 0 }, ArrowRight: { x: 1, y: 0 }, ArrowUp: { x: 0, y: -1 }, ArrowDown: { x: 0, y: 1 } };

interface Props {
  board: Board;
  title: string;
  /** Where every context is (people's positions, else the automatic layout). */
  positions: ReadonlyMap<string, Point>;
  readOnly: boolean;
  /** A context was dropped (or moved with the keyboard) at a new top-left corner. */
  onMove: (contextId: string, to: Point) => void;
}

/** The id of the context under an event target, if any. */
const contextIdOf = (target: EventTarget | null) => (target instanceof Element ? target.closest('g.context')?.getAttribute('data-id') : null) ?? null;

/**
 * The context map on screen: the same SVG as the export, with each context a control
 * people drag (pointer) or move with the arrow keys (Shift for bigger steps). Lines and
 * labels are redrawn from the positions, so they follow. The position is written once, on
 * drop; until the shared board has it, the dropped spot is kept so nothing jumps back.
 */
export function ContextMapCanvas({ board, title, positions, readOnly, onMove }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const grab = useRef<{ id: string; pointer: Point; origin: Point } | null>(null);
  const [moving, setMoving] = useState<{ id: string; at: Point; dropped: boolean } | null>(null);
  const focusAfterRender = useRef<string | null>(null);

  // A dropped context stays where it was dropped until the board says so (or says otherwise).
  const stored = moving ? positions.get(moving.id) : undefined;
  const settled = moving?.dropped && stored !== undefined && stored.x === moving.at.x && stored.y === moving.at.y;
  const shown = useMemo(() => (moving && !settled ? new Map(positions).set(moving.id, moving.at) : positions), [positions, moving, settled]);
  const svg = useMemo(() => contextMapSvg(board, title, shown, { interactive: !readOnly }), [board, title, shown, readOnly]);

  useLayoutEffect(() => {
    if (settled) setMoving(null);
  }, [settled]);
  // Redrawing replaces the SVG's elements: give keyboard focus back to the context being moved.
  useLayoutEffect(() => {
    const id = focusAfterRender.current;
    if (!id) return;
    focusAfterRender.current = null;
    const el = [...(host.current?.querySelectorAll<SVGGElement>('g.context') ?? [])].find((g) => g.getAttribute('data-id') === id);
    el?.focus();
  }, [svg]);

  /** A pointer position in the SVG's own coordinates (the map may be scaled to fit). */
  const toSvg = (e: { clientX: number; clientY: number }): Point | null => {
    const el = host.current?.querySelector('svg');
    const ctm = el?.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  };
  const at = (e: PointerEvent): Point | null => {
    const g = grab.current;
    const p = toSvg(e);
    return g && p ? { x: Math.round(g.origin.x + p.x - g.pointer.x), y: Math.round(g.origin.y + p.y - g.pointer.y) } : null;
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    const id = contextIdOf(e.target);
    const origin = id ? shown.get(id) : undefined;
    const pointer = toSvg(e);
    if (readOnly || e.button !== 0 || !id || !origin || !pointer) return;
    grab.current = { id, pointer, origin };
    e.currentTarget.setPointerCapture(e.pointerId);
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    const to = at(e);
    if (grab.current && to) setMoving({ id: grab.current.id, at: to, dropped: false });
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    const g = grab.current;
    const to = at(e);
    grab.current = null;
    if (!g || !to) return;
    if (to.x === g.origin.x && to.y === g.origin.y) {
      setMoving(null);
      return;
    }
    setMoving({ id: g.id, at: to, dropped: true });
    onMove(g.id, to);
  };
  const onPointerCancel = () => {
    grab.current = null;
    setMoving(null);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const id = contextIdOf(e.target);
    const dir = ARROWS[e.key];
    const from = id ? shown.get(id) : undefined;
    if (readOnly || !id || !dir || !from) return;
    e.preventDefault();
    const step = e.shiftKey ? BIG_STEP : STEP;
    const to = { x: from.x + dir.x * step, y: from.y + dir.y * step };
    focusAfterRender.current = id;
    setMoving({ id, at: to, dropped: true });
    onMove(id, to);
  };

  return (
    // Every piece of text in the SVG went through escapeXml.
    <div
      ref={host}
      className="ws-context-map"
      data-testid="context-map"
      data-moving={moving ? 'true' : undefined}
      dangerouslySetInnerHTML={{ __html: svg }}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerCancel}
      onKeyDown={onKeyDown}
    />
  );
}
