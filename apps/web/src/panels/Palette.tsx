import { KIND_STYLES, kindsAtLevel } from '@stormscape/model';
import { updateSticky } from '@stormscape/model/yjs';
import { useRuntime, useUi } from '../board/BoardRuntime';
import { KIND_SHORTCUTS } from '../canvas/nodes/kindLabels';

/**
 * The sticky kinds of the current level (click, or press its key over the board: keys
 * work for every kind), frames and lanes. At big picture only that level's kinds, plus a
 * pivotal event.
 */
export function Palette() {
  const { actions, ui, session } = useRuntime();
  const tool = useUi((s) => s.tool);
  const level = useUi((s) => s.level);
  const bigPicture = level === 'bigPicture';
  const addPivotal = () => {
    ui.getState().pointer.current = null;
    // One undo step: the event and its marker.
    session.doc.transact(() => {
      const id = actions.addSticky('event');
      if (id) updateSticky(session.doc, id, { pivotal: true }, session.origin);
    }, session.origin);
  };
  return (
    <nav className="palette" aria-label="Palette" data-level={level}>
      <ul>
        {kindsAtLevel(level).map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette-item palette-${kind}`}
              style={{ ['--sticky-bg' as string]: KIND_STYLES[kind].colour }}
              aria-label={`Add ${KIND_STYLES[kind].label} (${KIND_SHORTCUTS[kind]})`}
              aria-keyshortcuts={KIND_SHORTCUTS[kind]}
              title={`${KIND_STYLES[kind].label} — key ${KIND_SHORTCUTS[kind]}`}
              onClick={() => {
                ui.getState().pointer.current = null;
                actions.addSticky(kind);
              }}
            >
              <span className="swatch" aria-hidden="true" />
              <span className="palette-label">{KIND_STYLES[kind].label}</span>
              <kbd aria-hidden="true">{KIND_SHORTCUTS[kind]}</kbd>
            </button>
          </li>
        ))}
        {bigPicture && (
          <li>
            <button type="button" className="palette-item palette-event" style={{ ['--sticky-bg' as string]: KIND_STYLES.event.colour }} aria-label="Add Pivotal event" onClick={addPivotal}>
              <span className="swatch swatch-pivotal" aria-hidden="true" />
              <span className="palette-label">Pivotal event</span>
            </button>
          </li>
        )}
        <li>
          <button
            type="button"
            className="palette-item"
            aria-pressed={tool === 'frame'}
            aria-label="Draw a bounded context (B)"
            aria-keyshortcuts="B"
            onClick={() => ui.setState({ tool: tool === 'frame' ? 'select' : 'frame' })}
          >
            <span className="swatch swatch-frame" aria-hidden="true" />
            <span className="palette-label">Bounded context</span>
            <kbd aria-hidden="true">B</kbd>
          </button>
        </li>
        <li>
          <button type="button" className="palette-item" aria-label="Add a swimlane" onClick={() => actions.addSwimlane()}>
            <span className="swatch swatch-lane" aria-hidden="true" />
            <span className="palette-label">Swimlane</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
