import { useReactFlow } from '@xyflow/react';
import { useRef, useState } from 'react';
import { useRuntime } from '../board/BoardRuntime';
import type { XY } from '../store/flowTypes';

/** While the frame tool is on: drag a rectangle to draw a bounded context. */
export function FrameDrawOverlay() {
  const { actions, ui } = useRuntime();
  const flow = useReactFlow();
  const start = useRef<{ screen: XY; flow: XY } | null>(null);
  const [box, setBox] = useState<{ x: number; y: number; w: number; h: number } | null>(null);
  const local = (e: React.PointerEvent) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  return (
    <div
      className="frame-draw-overlay"
      role="application"
      aria-label="Drag to draw a bounded context; Escape to cancel"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        start.current = { screen: local(e), flow: flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }) };
      }}
      onPointerMove={(e) => {
        if (!start.current) return;
        const p = local(e);
        const s = start.current.screen;
        setBox({ x: Math.min(s.x, p.x), y: Math.min(s.y, p.y), w: Math.abs(p.x - s.x), h: Math.abs(p.y - s.y) });
      }}
      onPointerUp={(e) => {
        const s = start.current;
        start.current = null;
        setBox(null);
        ui.setState({ tool: 'select' });
        if (!s) return;
        const end = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        let rect = { x: Math.min(s.flow.x, end.x), y: Math.min(s.flow.y, end.y), width: Math.abs(end.x - s.flow.x), height: Math.abs(end.y - s.flow.y) };
        // A click (no drag) gets a default-size frame.
        if (rect.width < 40 || rect.height < 40) rect = { x: s.flow.x, y: s.flow.y, width: 640, height: 400 };
        actions.addContext(rect);
      }}
    >
      {box && <div className="frame-draw-box" style={{ left: box.x, top: box.y, width: box.w, height: box.h }} />}
    </div>
  );
}
