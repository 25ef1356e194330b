/**
 * `@stormscape/codegen`: board → OpenAPI 3.1, AsyncAPI 3.0 and runnable TypeScript
 * services. Everything in `./browser` plus the Node-only helpers the CLI uses.
 */
export * from './browser';
export { readTemplatesDir } from './node/templatesDir';
export { writeProject } from './node/writeProject';
export type { WriteReport } from './node/writeProject';
