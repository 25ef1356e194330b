import type { ServiceTarget } from '@stormscape/model';

/** How people see each service target (the Generate step and a context's details). */
export const TARGET_LABELS: Record<ServiceTarget, string> = {
  typescript: 'TypeScript (Fastify)',
  spring: 'Spring Boot (Java)',
};
