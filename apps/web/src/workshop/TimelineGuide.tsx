import { indexBoard, outOfOrderEvents } from '@stormscape/model';
import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { useVisibleBoard } from './useVisibleBoard';

/** Room above the highest sticky for the band. */
const ABOVE = 110;
const BAND_HEIGHT = 44;
const EMPTY_WIDTH = 1200;

/**
 * The Big picture step's timeline guide, drawn on the canvas (board coordinates, so it
 * pans and zooms with the stickies): an arrow band above the storm from its left edge to
 * its right edge saying time runs left to right, a marker on the band at every pivotal
 * event, and a flag above every event placed left of an event the flow says leads to it
 * (`outOfOrderEvents`). It never catches the pointer.
 */
export function TimelineGuide() {
  const board = useVisibleBoard();
  const { band, pivotal, flags } = useMemo(() => {
    const stickies = board.stickies;
    const left = stickies.length ? Math.min(...stickies.map((s) => s.position.x)) : 0;
    const right = stickies.length ? Math.max(...stickies.map((s) => s.position.x + s.size.width)) : EMPTY_WIDTH;
    const top = stickies.length ? Math.min(...stickies.map((s) => s.position.y)) - ABOVE : 0;
    const events = stickies.filter((s) => s.kind === 'event');
    return {
      band: { left, top, width: Math.max(right - left, 400) },
      pivotal: events.filter((e) => e.pivotal),
      flags: outOfOrderEvents(indexBoard(board)),
    };
  }, [board]);
  const name = (text: string) => text.trim() || '(unnamed event)';
  return (
    <ViewportPortal>
      <div
        className="ws-timeline"
        data-testid="timeline-guide"
        role="note"
        aria-label="Timeline guide"
        style={{ transform: `translate(${band.left}px, ${band.top}px)`, width: band.width, height: BAND_HEIGHT }}
      >
        <div className="ws-timeline-axis" aria-hidden="true" />
        <p className="ws-timeline-label">
          Timeline: earlier → later. Put events left to right in the order they happen.
          {flags.length > 0 && (
            <strong data-testid="timeline-out-of-order">
              {' '}
              {flags.length} event{flags.length === 1 ? '' : 's'} out of order.
            </strong>
          )}
        </p>
        {pivotal.map((e) => (
          <span key={e.id} className="ws-timeline-pivotal" data-testid="timeline-pivotal" style={{ left: e.position.x + e.size.width / 2 - band.left }}>
            ◆ Pivotal: {name(e.text)}
          </span>
        ))}
      </div>
      {flags.map((f) => (
        <p
          key={`${f.event.id}-${f.after.id}`}
          className="ws-timeline-flag"
          data-testid="timeline-flag"
          data-event-id={f.event.id}
          style={{ transform: `translate(${f.event.position.x}px, ${f.event.position.y - 30}px)` }}
        >
          ⚠ Out of order: “{name(f.event.text)}” follows “{name(f.after.text)}” but is placed left of it
        </p>
      ))}
    </ViewportPortal>
  );
}
