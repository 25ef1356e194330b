/**
 * Browser-safe entry (`@stormscape/codegen/browser`): the pure generator with its
 * templates embedded. No Node built-ins anywhere below this file (a test checks).
 */
export { contextTargets, generateProject, planProject, isCreateOnce, isGeneratedDir, TARGETS } from './generateProject';
export type { GenerateOptions, Progress, Target } from './generateProject';
export { CodegenError } from './plan/buildPlan';
export type { PlanOptions } from './plan/buildPlan';
export type { ProjectPlan, ContextPlan } from './plan/types';
export type { TemplateSet } from './render/engine';
export { BUILTIN_TEMPLATES } from './templates.generated';
export { generateSpecs } from './specs/generateSpecs';
export type { ContextSpecs } from './specs/generateSpecs';
