import type { ContextPlan, ProjectPlan } from '../../plan/types';
import { toYaml } from '../../specs/yaml';
import { buildAsyncApi } from '../../specs/asyncapi';
import { buildOpenApi } from '../../specs/openapi';
import type { TemplateSet } from '../engine';
import { markersOf, renderTemplate } from '../engine';
import { springView } from './springView';
import type { SpringView } from './springView';

/** The folder of the Java package in a Spring template path (`src/main/java/__package__/…`). */
export const PACKAGE_DIR_MARKER = '__package__';

interface Item {
  readonly name: string;
  readonly scope: Record<string, unknown>;
}

function itemsOf(marker: string, view: SpringView, combo: readonly Item[]): Item[] {
  const agg = combo.find((i) => 'aggregate' in i.scope)?.scope.aggregate as SpringView['aggregates'][number] | undefined;
  switch (marker) {
    case 'aggregate':
      return view.aggregates.map((a) => ({ name: a.pascal, scope: { aggregate: a } }));
    case 'command':
      return view.commands.filter((c) => !agg || c.aggregate === agg).map((c) => ({ name: c.pascal, scope: { command: c } }));
    case 'policy':
      // Only policies the board leaves something open in get a hand-written file.
      return view.policyOpens.map((p) => ({ name: p.pascal, scope: { policy: p } }));
    case 'readModel':
      return view.readModels.map((r) => ({ name: r.pascal, scope: { readModel: r } }));
    case 'callee':
      // A typed client per other service this one calls (src/render/spring/springOutbound.ts).
      return view.callees.map((c) => ({ name: c.clientClass, scope: { callee: c } }));
    default:
      return [];
  }
}

/**
 * Renders one context's Spring templates: like the TypeScript target's (same markers),
 * with Java names as the file names of items (`[aggregate]Entity.java` → `OrderEntity.java`)
 * and `__package__` standing for the package's folders. A template that renders to
 * nothing but white space writes no file (e.g. a request record for a command without body).
 */
export function renderSpringContext(ctx: ContextPlan, plan: ProjectPlan, templates: TemplateSet, project: unknown, files: Map<string, string>, assertSafePath: (path: string) => void): void {
  const view = {
    ...springView(ctx, plan),
    openapiYaml: toYaml(buildOpenApi(ctx, plan.boardName)).trimEnd(),
    asyncapiYaml: toYaml(buildAsyncApi(ctx, plan.boardName)).trimEnd(),
    boardName: plan.boardName,
  };
  for (const [templatePath, source] of Object.entries(templates)) {
    const markers = markersOf(templatePath);
    if (markers[0] !== 'context') continue;
    let combos: Item[][] = [[]];
    for (const marker of markers.slice(1)) combos = combos.flatMap((combo) => itemsOf(marker, view, combo).map((item) => [...combo, item]));
    for (const combo of combos) {
      let path = templatePath.replace(/\.hbs$/, '').replace('[context]', ctx.slug).replace(PACKAGE_DIR_MARKER, view.packageDir);
      const scope: Record<string, unknown> = { ...view, project, context: view };
      markers.slice(1).forEach((marker, i) => {
        const item = combo[i] as Item;
        path = path.replace(`[${marker}]`, item.name);
        Object.assign(scope, item.scope);
      });
      assertSafePath(path);
      const content = renderTemplate(source, scope, templatePath);
      if (content.trim() !== '') files.set(path, content);
    }
  }
}
