import { Parser } from '@asyncapi/parser';
import { createConfig, lintFromString } from '@redocly/openapi-core';

export interface SpecProblem {
  readonly severity: string;
  readonly message: string;
  readonly where: string;
}

let redoclyConfig: Awaited<ReturnType<typeof createConfig>> | undefined;

/** Problems @redocly/openapi-core's recommended rules find in an OpenAPI document. */
export async function lintOpenApi(yamlText: string, name = 'openapi.yaml'): Promise<SpecProblem[]> {
  redoclyConfig ??= await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({ source: yamlText, absoluteRef: `/virtual/${name}`, config: redoclyConfig });
  return problems.map((p) => ({ severity: p.severity, message: `${p.ruleId}: ${p.message}`, where: p.location.map((l) => l.pointer ?? '').join(', ') }));
}

const parser = new Parser();

/** Diagnostics @asyncapi/parser reports for an AsyncAPI document (severity 0 = error). */
export async function lintAsyncApi(yamlText: string): Promise<SpecProblem[]> {
  const { diagnostics } = await parser.parse(yamlText);
  const names = ['error', 'warn', 'info', 'hint'];
  return diagnostics.map((d) => ({ severity: names[d.severity] ?? String(d.severity), message: `${String(d.code)}: ${d.message}`, where: d.path.join('.') }));
}
