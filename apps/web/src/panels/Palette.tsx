import { STICKY_KINDS } from '@stormscape/model';
import { KIND_STYLES } from '@stormscape/model';
import { useRuntime, useUi } from '../board/BoardRuntime';
import { KIND_SHORTCUTS } from '../canvas/nodes/kindLabels';

/** Every sticky kind (click, or press its key over the board), frames and lanes. */
export function Palette() {
  const { actions, ui } = useRuntime();
  const tool = useUi((s) => s.tool);
  return (
    <nav className="palette" aria-label="Palette">
      <ul>
        {STICKY_KINDS.map((kind) => (
          <li key={kind}>
            <button
              type="button"
              className={`palette-item palette-${kind}`}
              style={{ ['--sticky-bg' as string]: KIND_STYLES[kind].colour }}
              aria-label={`Add ${KIND_STYLES[kind].label} (${KIND_SHORTCUTS[kind]})`}
              aria-keyshortcuts={KIND_SHORTCUTS[kind]}
              title={`${KIND_STYLES[kind].label} — key ${KIND_SHORTCUTS[kind]}`}
              onClick={() => {
                ui.setState({ pointer: null });
                actions.addSticky(kind);
              }}
            >
              <span className="swatch" aria-hidden="true" />
              <span className="palette-label">{KIND_STYLES[kind].label}</span>
              <kbd aria-hidden="true">{KIND_SHORTCUTS[kind]}</kbd>
            </button>
          </li>
        ))}
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
