import { deriveBoris, exportContextMapperCml, exportWorkshopSummary, lintBoard } from '@stormscape/model';
import { readVotes } from '@stormscape/model/yjs';
import { useMemo } from 'react';
import { showToast } from '../../board/uiStore';
import { download, fileSlug, svgToPng } from '../../export/rasterise';
import { GeneratePanel } from '../generate/GeneratePanel';
import { useWorkshop, useWorkshopBoard } from '../WorkshopContext';
import { pageElk } from '../pageElk';
import { borisSvgLaidOut, contextMapSvgLaidOut } from './diagramExports';

/** Last step: what still blocks code generation, the generated services, and every workshop export. */
export function GenerateView() {
  const { rt } = useWorkshop();
  const board = useWorkshopBoard();
  const slug = fileSlug(board.name);
  // The same options as the Checks panel at design level: one severity per rule.
  const findings = useMemo(() => lintBoard(board, { level: 'design', forCodegen: true }), [board]);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const failed = (what: string) => (e: unknown) => showToast(rt.ui, `${what} export failed: ${e instanceof Error ? e.message : String(e)}`, 'error');
  const png = (svg: Promise<string>, name: string) =>
    svg
      .then(svgToPng)
      .then((blob) => download(blob, name))
      .catch(failed('PNG'));
  const svgFile = (svg: Promise<string>, name: string) => svg.then((text) => download(text, name, 'image/svg+xml')).catch(failed('SVG'));
  // Laid out as the Boris and Context map views lay them out (ELK layered, people's positions kept).
  const borisSvg = () => borisSvgLaidOut(pageElk(), deriveBoris(board), `Boris — ${board.name || 'board'}`);
  const mapSvg = () => contextMapSvgLaidOut(pageElk(), board, `Context map — ${board.name || 'board'}`);

  return (
    <div className="ws-scroll ws-generate">
      <section className="ws-card" aria-labelledby="ws-gen-checks">
        <h2 id="ws-gen-checks">Ready to generate?</h2>
        <p data-testid="codegen-readiness">
          {errors.length === 0 ? 'No errors block code generation.' : `${errors.length} error${errors.length === 1 ? '' : 's'} to fix before generating code`}
          {warnings.length > 0 ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'}).` : '.'}
        </p>
        {errors.length > 0 && (
          <ul className="ws-findings">
            {errors.slice(0, 12).map((f, i) => (
              <li key={i}>
                <strong>{f.ruleId}</strong> {f.message}
              </li>
            ))}
            {errors.length > 12 && <li className="muted">…and {errors.length - 12} more (see the Checks panel on the canvas).</li>}
          </ul>
        )}
      </section>
      <GeneratePanel board={board} slug={slug} errors={errors.length} />
      <section className="ws-card" aria-labelledby="ws-gen-exports">
        <h2 id="ws-gen-exports">Workshop exports</h2>
        <div className="ws-export-grid">
          <button type="button" onClick={() => download(exportWorkshopSummary(board, { votes: readVotes(rt.session.doc) }), `${slug}-summary.md`, 'text/markdown')}>
            Summary (Markdown)
          </button>
          <button type="button" onClick={() => download(exportContextMapperCml(board), `${slug}.cml`, 'text/plain')}>
            Context Mapper (.cml)
          </button>
          <button type="button" onClick={() => void svgFile(borisSvg(), `${slug}-boris.svg`)}>
            Boris SVG
          </button>
          <button type="button" onClick={() => void png(borisSvg(), `${slug}-boris.png`)}>
            Boris PNG
          </button>
          <button type="button" onClick={() => void svgFile(mapSvg(), `${slug}-context-map.svg`)}>
            Context map SVG
          </button>
          <button type="button" onClick={() => void png(mapSvg(), `${slug}-context-map.png`)}>
            Context map PNG
          </button>
        </div>
        <p className="muted">The summary covers goals, contexts with their canvases, slices, Boris edges, SNAP-E sheets and open hotspots with their votes.</p>
      </section>
    </div>
  );
}
