import type { Board } from '@stormscape/model';
import { compareIds, indexBoard, serviceTargetOf } from '@stormscape/model';
import type { PlanOptions } from './plan/buildPlan';
import { buildPlan } from './plan/buildPlan';
import type { ContextPlan, ProjectPlan } from './plan/types';
import type { Marker, TemplateSet } from './render/engine';
import { markersOf, mergeTemplates, renderTemplate } from './render/engine';
import { calleePathWarnings } from './render/spring/springOutbound';
import { projectView } from './render/projectView';
import { renderSpringContext } from './render/spring/renderSpring';
import type { ContextView } from './render/view/contextView';
import { contextView, openValueWarnings } from './render/view/contextView';
import { buildAsyncApi } from './specs/asyncapi';
import { buildOpenApi } from './specs/openapi';
import { toYaml } from './specs/yaml';
import { sliceFiles } from './slices/sliceFiles';
import { planSlices } from './slices/slicePlan';
import { undrivableSliceWarnings } from './slices/sliceWarnings';
import { systemFiles } from './system/systemFiles';
import { BUILTIN_TEMPLATES } from './templates.generated';

export type Target = 'typescript' | 'spring';
export const TARGETS: readonly Target[] = ['typescript', 'spring'];

export interface Progress {
  readonly done: number;
  readonly total: number;
  readonly context: string;
}

export interface GenerateOptions extends PlanOptions {
  /**
   * Output flavour of every service, overriding the board: `typescript` (Fastify) or
   * `spring` (Spring Boot 3, Maven). Absent: each context's target decided on the board
   * (`serviceTargetOf`), `typescript` where undecided.
   */
  readonly target?: Target;
  /** Templates replacing (or adding to) the built-in ones, by path relative to the target root. */
  readonly templates?: TemplateSet;
  /** Called after each context's files are rendered. */
  readonly onProgress?: (progress: Progress) => void;
}

/** Output paths under `<context>/` that generation creates once and never overwrites. */
const CREATE_ONCE = [
  /^[^/]+\/src\/handlers\//,
  /^[^/]+\/src\/main\.ts$/,
  // Spring: the handlers package and the application class of `stormscape.<context>`.
  /^[^/]+\/src\/main\/java\/stormscape\/[^/]+\/handlers\//,
  /^[^/]+\/src\/main\/java\/stormscape\/[^/]+\/Application\.java$/,
];

/** Whether `path` (relative to the output dir) belongs to people after its first generation. */
export function isCreateOnce(path: string): boolean {
  return CREATE_ONCE.some((re) => re.test(path));
}

/** Output paths under `<context>/` that generation owns entirely (stale files there may be deleted). */
export function isGeneratedDir(path: string): boolean {
  return /^[^/]+\/src\/generated\//.test(path) || /^[^/]+\/src\/(?:main|test)\/java\/stormscape\/[^/]+\/generated\//.test(path);
}

const SAFE_PATH = /^(?:[A-Za-z0-9_][A-Za-z0-9_.-]*\/)*[A-Za-z0-9_.][A-Za-z0-9_.-]*$/;

function assertSafePath(path: string): void {
  if (!SAFE_PATH.test(path) || path.split('/').some((s) => s === '.' || s === '..')) throw new Error(`refusing to generate unsafe path "${path}"`);
}

interface Item {
  readonly name: string;
  readonly scope: Record<string, unknown>;
}

function itemsFor(markers: readonly Marker[], view: ContextView): Item[][] {
  // Expands the markers of one context-level path into every combination of items.
  let combos: Item[][] = [[]];
  for (const marker of markers.slice(1)) {
    const next: Item[][] = [];
    for (const combo of combos) {
      const agg = combo.find((i) => 'aggregate' in i.scope)?.scope.aggregate as ContextView['aggregates'][number] | undefined;
      const list: Item[] =
        marker === 'aggregate'
          ? view.aggregates.map((a) => ({ name: a.folder, scope: { aggregate: a } }))
          : marker === 'command'
            ? view.commands.filter((c) => !agg || c.folder === agg.folder).map((c) => ({ name: c.fileName, scope: { command: c } }))
            : marker === 'policy'
              ? view.policies.map((p) => ({ name: p.fileName, scope: { policy: p } }))
              : marker === 'readModel'
                ? view.readModels.map((r) => ({ name: r.fileName, scope: { readModel: r } }))
                : [];
      for (const item of list) next.push([...combo, item]);
    }
    combos = next;
  }
  return combos;
}

/**
 * The plan alone (names, routes, channels, warnings), for tools that want more than files.
 * Its warnings include one per value the board leaves open in generated code (an
 * unmapped policy field, a field no request carries, a row key no event carries), naming
 * the board, context, owner and field, and one per thin slice that cannot be driven end
 * to end (so it gets no slice test).
 */
export function planProject(board: Board, options: PlanOptions = {}): ProjectPlan {
  const plan = buildPlan(board, options);
  return {
    ...plan,
    warnings: [...plan.warnings, ...plan.contexts.flatMap((ctx) => [...openValueWarnings(ctx, plan.boardName), ...calleePathWarnings(ctx, plan.boardName)]), ...undrivableSliceWarnings(planSlices(board, plan))],
  };
}

function renderContext(ctx: ContextPlan, plan: ProjectPlan, templates: TemplateSet, project: unknown, files: Map<string, string>): void {
  const view = {
    ...contextView(ctx, plan),
    openapiYaml: toYaml(buildOpenApi(ctx, plan.boardName)).trimEnd(),
    asyncapiYaml: toYaml(buildAsyncApi(ctx, plan.boardName)).trimEnd(),
  };
  for (const [templatePath, source] of Object.entries(templates)) {
    const markers = markersOf(templatePath);
    if (markers[0] !== 'context') continue;
    for (const combo of itemsFor(markers, view)) {
      let path = templatePath.replace(/\.hbs$/, '').replace('[context]', ctx.slug);
      const scope: Record<string, unknown> = { ...view, project, context: view };
      markers.slice(1).forEach((marker, i) => {
        const item = combo[i] as Item;
        path = path.replace(`[${marker}]`, item.name);
        Object.assign(scope, item.scope);
      });
      assertSafePath(path);
      files.set(path, renderTemplate(source, scope, templatePath));
    }
  }
}

/**
 * Generates every file for a board: per bounded context a service folder (OpenAPI 3.1,
 * AsyncAPI 3.0, TypeScript service, tests, Dockerfile) plus an index README and the
 * system-level files (`deploy/`, `.github/workflows/`; `src/system/`) and one acceptance
 * test per drivable thin slice (`slices/`; `src/slices/`). Pure: the
 * result is an in-memory map from relative path to content; writing it is the caller's job.
 */
export function generateProject(board: Board, options: GenerateOptions = {}): Map<string, string> {
  if (options.target !== undefined && !BUILTIN_TEMPLATES[options.target]) throw new Error(`unknown target "${options.target}" (known: ${TARGETS.join(', ')})`);
  const plan = buildPlan(board, options);
  const targets = contextTargets(board, plan, options.target);
  const slices = planSlices(board, plan);
  const project = projectView(plan, slices, targets);
  const chosen = TARGETS.filter((t) => plan.contexts.some((c) => targets.get(c.id) === t));
  // The TypeScript root (README, gateway, scripts, slices) runs the whole system, whatever its
  // services' targets; the Spring root adds the Maven reactor over the Spring services.
  const used: readonly Target[] = ['typescript', ...chosen.filter((t) => t !== 'typescript')];
  const templatesOf = new Map(used.map((t) => [t, mergeTemplates(BUILTIN_TEMPLATES[t] ?? {}, options.templates)] as const));
  const files = new Map<string, string>();
  for (const [target, templates] of templatesOf) {
    const own = target === 'typescript' ? project : { ...project, contexts: project.contexts.filter((c) => targets.get(c.id) === target) };
    for (const [templatePath, source] of Object.entries(templates)) {
      const markers = markersOf(templatePath);
      if (markers.length > 0 && markers[0] !== 'context') throw new Error(`template path ${templatePath}: markers must start with [context]`);
      if (markers.length > 0) continue;
      const path = templatePath.replace(/\.hbs$/, '');
      if (target === 'spring' && files.has(path)) continue;
      assertSafePath(path);
      files.set(path, renderTemplate(source, { ...own, project: own }, templatePath));
    }
  }
  plan.contexts.forEach((ctx, i) => {
    const templates = templatesOf.get(targets.get(ctx.id) ?? 'typescript') ?? {};
    if (targets.get(ctx.id) === 'spring') renderSpringContext(ctx, plan, templates, project, files, assertSafePath);
    else renderContext(ctx, plan, templates, project, files);
    options.onProgress?.({ done: i + 1, total: plan.contexts.length, context: ctx.name });
  });
  for (const [path, content] of systemFiles(plan, targets)) files.set(path, content);
  for (const [path, content] of sliceFiles(plan.boardName, slices)) files.set(path, content);
  return new Map([...files].sort(([a], [b]) => compareIds(a, b)));
}

/** Each planned context's target: `override` for all, else the board's decision, else TypeScript. */
export function contextTargets(board: Board, plan: ProjectPlan, override?: Target): ReadonlyMap<string, Target> {
  const index = indexBoard(board);
  return new Map(plan.contexts.map((c) => [c.id, override ?? serviceTargetOf(index, c.id, 'typescript') ?? 'typescript'] as const));
}
