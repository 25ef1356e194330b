import type { Target } from '@stormscape/codegen/browser';
import type { Board } from '@stormscape/model';
import { useId, useMemo, useState } from 'react';
import { showToast } from '../../board/uiStore';
import { download } from '../../export/rasterise';
import { useWorkshop } from '../WorkshopContext';
import { FileList } from './FileList';
import type { GenerationResult } from './runGeneration';
import { SpecPreview } from './SpecPreview';
import { SystemPreview } from './SystemPreview';
import { useGeneration } from './useGeneration';
import { zipInBackground } from './zipInBackground';
import { TARGET_LABELS } from './targetLabels';
import './generate.css';

type Done = Extract<GenerationResult, { ok: true }>;

/**
 * Code generation for the board: each bounded context's OpenAPI 3.1 and AsyncAPI 3.0
 * previews, the system files around them (gateway routes, Compose, Kubernetes, Cloud Foundry,
 * CI), the files that would be generated, and the whole project as a zip. Generation
 * runs in a worker; a failure is shown here and leaves the rest of the view working.
 */
export function GeneratePanel({ board, slug, errors }: { board: Board; slug: string; errors: number }) {
  // '' = each context as decided on the board (its details panel); else every service as this target.
  const [target, setTarget] = useState<Target | ''>('');
  const targetId = useId();
  const { result, busy } = useGeneration(board, target === '' ? undefined : target);
  // Code from a board with errors is a choice people make knowingly, never a default.
  const [anyway, setAnyway] = useState(false);
  const blocked = errors > 0 && !anyway;
  return (
    <section className="ws-card gen-panel" aria-labelledby="ws-gen-code" aria-busy={busy}>
      <h2 id="ws-gen-code">Generated services</h2>
      <div className="ws-inline">
        {/* Not a wrapping label: its options' text would join the label ("Per context…" is not the Context picker). */}
        <label htmlFor={targetId}>Target</label>
        <select id={targetId} value={target} onChange={(e) => setTarget(e.target.value as Target | '')}>
          <option value="">Per context, as on the board</option>
          {(Object.keys(TARGET_LABELS) as Target[]).map((t) => (
            <option key={t} value={t}>
              {`${TARGET_LABELS[t]} for every service`}
            </option>
          ))}
        </select>
      </div>
      <p className="muted" role="status" data-testid="codegen-status">
        {result === null
          ? 'Generating…'
          : busy
            ? 'Updating after your latest changes…'
            : result.ok
              ? `${result.contexts.length} service${result.contexts.length === 1 ? '' : 's'}, ${result.files.length} files. ${flavours(result)}`
              : 'Code generation failed.'}
      </p>
      {result && !result.ok && (
        <div className="gen-error" role="alert" data-testid="codegen-error">
          <strong>The generator stopped:</strong> {result.error}
          <div className="muted">Fix the board (the checks above may point at the cause) and the preview updates by itself.</div>
        </div>
      )}
      {errors > 0 && (
        <div className={`gen-blocked${anyway ? ' is-chosen' : ''}`} data-testid="codegen-blocked">
          <p>
            The checks above found {errors} error{errors === 1 ? '' : 's'}. Code generated now would be incomplete or wrong where they are: fix them
            first, or look at the result knowing that.
          </p>
          <label className="inline">
            <input type="checkbox" checked={anyway} onChange={(e) => setAnyway(e.target.checked)} /> Generate anyway, with {errors} error{errors === 1 ? '' : 's'}
          </label>
        </div>
      )}
      {result?.ok && !blocked && <Outputs result={result} slug={slug} errors={errors} />}
    </section>
  );
}

/** What the folders are: "Each folder is a Fastify service…", or how many of each target. */
function flavours(result: Done): string {
  const spring = result.contexts.filter((c) => c.target === 'spring').length;
  const ts = result.contexts.length - spring;
  if (spring === 0) return 'Each folder is a Fastify service with its contracts and tests.';
  if (ts === 0) return 'Each folder is a Spring Boot (Maven) service with its contracts and tests.';
  return `${ts} Fastify and ${spring} Spring Boot (Maven) service${spring === 1 ? '' : 's'}, each with its contracts and tests.`;
}

/** "Ordering", or "Ordering (ordering-2/)" when another context has the same name. */
function contextLabel(c: Done['contexts'][number], all: Done['contexts']): string {
  const twins = all.filter((o) => o.name.trim().toLowerCase() === c.name.trim().toLowerCase()).length;
  return twins > 1 ? `${c.name} (${c.slug}/)` : c.name;
}

function Outputs({ result, slug, errors }: { result: Done; slug: string; errors: number }) {
  const { rt } = useWorkshop();
  const [picked, setPicked] = useState<string | null>(null);
  const context = result.contexts.find((c) => c.id === picked) ?? result.contexts[0];
  const createOnce = useMemo(() => new Set(result.createOnce), [result]);

  const [zipping, setZipping] = useState(false);
  const downloadAll = () => {
    setZipping(true);
    zipInBackground(result.files)
      .then((zip) => download(new Blob([zip], { type: 'application/zip' }), `${slug}-services.zip`))
      .catch((e: unknown) => showToast(rt.ui, `Zipping failed: ${e instanceof Error ? e.message : String(e)}`, 'error'))
      .finally(() => setZipping(false));
  };

  return (
    <>
      {result.warnings.length > 0 && (
        <ul className="ws-findings" aria-label="Generator warnings">
          {result.warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <div className="ws-row">
        {context && (
          <label className="ws-inline">
            Context
            <select value={context.id} onChange={(e) => setPicked(e.target.value)}>
              {result.contexts.map((c) => (
                <option key={c.id} value={c.id}>
                  {contextLabel(c, result.contexts)}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" className="primary gen-zip" onClick={downloadAll} disabled={zipping}>
          {errors > 0 ? `Download all (.zip), with ${errors} error${errors === 1 ? '' : 's'}` : 'Download all (.zip)'}
        </button>
        {zipping && (
          <span className="muted" role="status">
            Zipping…
          </span>
        )}
      </div>
      {context ? (
        <>
          <SpecPreview key={context.id} context={context} />
          <FileList label={`${context.name} (${context.slug}/)`} paths={context.paths} createOnce={createOnce} />
        </>
      ) : (
        <p className="muted">No bounded contexts yet: draw one around stickies on the canvas and it becomes a service here.</p>
      )}
      <h3 className="gen-system-title">The system around the services</h3>
      <SystemPreview result={result} />
      <FileList label="Project root" paths={result.rootPaths} createOnce={createOnce} />
    </>
  );
}
