import { contextTargets, generateProject, isCreateOnce, planProject } from '@stormscape/codegen/browser';
import type { Target } from '@stormscape/codegen/browser';
import type { Board } from '@stormscape/model';

/** One bounded context's part of the generated project. */
export interface GeneratedContext {
  readonly id: string;
  readonly name: string;
  /** Its folder in the project, e.g. `ordering`. */
  readonly slug: string;
  /** What its service is generated as (the board's decision, or the override). */
  readonly target: Target;
  readonly openapi: string;
  readonly asyncapi: string;
  /** Paths (relative to the project root) of every file under `<slug>/`. */
  readonly paths: readonly string[];
}

/** What the Generate panel shows; plain data so it crosses a worker boundary. */
export type GenerationResult =
  | {
      readonly ok: true;
      readonly contexts: readonly GeneratedContext[];
      /** Every generated file, sorted by path. */
      readonly files: readonly (readonly [path: string, content: string])[];
      /** Files outside any context folder: the index README and the system files (deploy/, .github/). */
      readonly rootPaths: readonly string[];
      /** Paths people own after the first generation (`src/handlers/`, `main.ts`). */
      readonly createOnce: readonly string[];
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly error: string };

/**
 * Generates the whole project for `board` and indexes it per context: each context as the
 * target decided on the board, or every one as `target` when given. Never throws: a
 * failure (a name the generator refuses, a template error) comes back as `ok: false`.
 */
export function runGeneration(board: Board, target?: Target): GenerationResult {
  try {
    const plan = planProject(board);
    const files = generateProject(board, target === undefined ? {} : { target });
    const targets = contextTargets(board, plan, target);
    const all = [...files.keys()];
    const contexts = plan.contexts.map((ctx) => ({
      id: ctx.id,
      name: ctx.name,
      slug: ctx.slug,
      target: targets.get(ctx.id) ?? 'typescript',
      openapi: files.get(`${ctx.slug}/openapi.yaml`) ?? '',
      asyncapi: files.get(`${ctx.slug}/asyncapi.yaml`) ?? '',
      paths: all.filter((p) => p.startsWith(`${ctx.slug}/`)),
    }));
    return {
      ok: true,
      contexts,
      files: [...files],
      rootPaths: all.filter((p) => !contexts.some((c) => p.startsWith(`${c.slug}/`))),
      createOnce: all.filter(isCreateOnce),
      warnings: plan.warnings,
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
