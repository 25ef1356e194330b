import { serialiseBoard } from '@stormscape/model';
import { docToBoard } from '@stormscape/model/yjs';
import { useState } from 'react';
import { useBoard, useRuntime } from '../board/BoardRuntime';
import { showToast } from '../board/uiStore';
import { boardToSvg } from '../export/boardToSvg';
import { download, fileSlug, svgToPng } from '../export/rasterise';

/** Board file, SVG and PNG of the board or of the selection. */
export function ExportMenu() {
  const { session, board, ui } = useRuntime();
  const name = useBoard((s) => s.name);
  const hasSelection = useBoard((s) => s.selected.size > 0);
  const [onlySelection, setOnlySelection] = useState(false);

  const svg = () => {
    const s = board.store.getState();
    const pick = onlySelection && hasSelection;
    const stickies = [...s.stickies.values()].filter((x) => !pick || s.selected.has(x.id));
    const ids = new Set(stickies.map((x) => x.id));
    const links = [...s.links.values()].filter((l) => ids.has(l.from) && ids.has(l.to));
    const contexts = [...s.contexts.values()].filter((c) => !pick || s.selected.has(c.id));
    const swimlanes = pick ? [] : [...s.swimlanes.values()];
    return boardToSvg({ stickies, links, contexts, swimlanes }, name || 'Stormscape board');
  };
  const slug = fileSlug(name);
  return (
    <div className="export-menu" role="group" aria-label="Export">
      <button type="button" onClick={() => download(serialiseBoard(docToBoard(session.doc)), `${slug}.storm.json`, 'application/json')}>
        Board file
      </button>
      <button type="button" onClick={() => download(svg(), `${slug}.svg`, 'image/svg+xml')}>
        SVG
      </button>
      <button
        type="button"
        onClick={() =>
          svgToPng(svg())
            .then((png) => download(png, `${slug}.png`))
            .catch((e: unknown) => showToast(ui, `PNG export failed: ${e instanceof Error ? e.message : String(e)}`, 'error'))
        }
      >
        PNG
      </button>
      <label className="inline">
        <input type="checkbox" checked={onlySelection} disabled={!hasSelection} onChange={(e) => setOnlySelection(e.target.checked)} /> selection only
      </label>
    </div>
  );
}
