import Handlebars from 'handlebars';
import { registerHelpers } from './helpers';

/** Template sources by path relative to the target's template root, e.g. `[context]/src/main.ts.hbs`. */
export type TemplateSet = Readonly<Record<string, string>>;

/** A folder marker in a template path and the view collection it iterates. */
// `callee` (another service this one calls) is the Spring target's: a typed client per callee.
export const MARKERS = ['context', 'aggregate', 'command', 'policy', 'readModel', 'callee'] as const;
export type Marker = (typeof MARKERS)[number];

/** What a template sees: the project, plus the current item of each marker in its path. */
export type RenderScope = { readonly project: unknown } & Partial<Record<Marker, unknown>> & Readonly<Record<string, unknown>>;

const hbs = Handlebars.create();
registerHelpers(hbs);
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Compiles (once per distinct source) and renders a template. */
export function renderTemplate(source: string, scope: object, name: string): string {
  let template = compiled.get(source);
  if (!template) {
    try {
      template = hbs.compile(source, { noEscape: true, strict: false });
      compiled.set(source, template);
    } catch (error) {
      throw new Error(`template ${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  try {
    return template(scope, { allowProtoPropertiesByDefault: false });
  } catch (error) {
    throw new Error(`template ${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Markers used in a template path, in order. */
export function markersOf(path: string): Marker[] {
  const found: Marker[] = [];
  for (const match of path.matchAll(/\[([A-Za-z]+)\]/g)) {
    const name = match[1] as Marker;
    if (!MARKERS.includes(name)) throw new Error(`template path ${path}: unknown marker [${match[1]}] (known: ${MARKERS.join(', ')})`);
    found.push(name);
  }
  return found;
}

/** Built-in templates overridden (or extended) by `overrides`, path by path. */
export function mergeTemplates(builtin: TemplateSet, overrides: TemplateSet = {}): TemplateSet {
  return { ...builtin, ...overrides };
}
