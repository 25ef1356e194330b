import type { Board } from '@stormscape/model';
import type { PlanOptions } from '../plan/buildPlan';
import { buildPlan } from '../plan/buildPlan';
import { buildAsyncApi } from './asyncapi';
import { buildOpenApi } from './openapi';
import { toYaml } from './yaml';

/** The two contracts of one bounded context, as YAML text. */
export interface ContextSpecs {
  readonly contextId: string;
  readonly name: string;
  readonly slug: string;
  readonly openapi: string;
  readonly asyncapi: string;
}

/**
 * OpenAPI 3.1 and AsyncAPI 3.0 documents per context, without the service code: what the
 * web app's Generate panel previews and what `stormscape openapi|asyncapi` prints.
 */
export function generateSpecs(board: Board, options: PlanOptions = {}): ContextSpecs[] {
  const plan = buildPlan(board, options);
  return plan.contexts.map((ctx) => ({
    contextId: ctx.id,
    name: ctx.name,
    slug: ctx.slug,
    openapi: toYaml(buildOpenApi(ctx, plan.boardName)),
    asyncapi: toYaml(buildAsyncApi(ctx, plan.boardName)),
  }));
}
