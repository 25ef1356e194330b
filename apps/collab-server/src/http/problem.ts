import { TEXT_LIMITS } from '@stormscape/model';
import type { FastifyReply } from 'fastify';

/** Problem details (RFC 9457). `errors` lists every validation error for imports. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  [extension: string]: unknown;
}

/** Sends `application/problem+json`, never cached. */
export function sendProblem(reply: FastifyReply, problem: Problem, headers: Record<string, string> = {}): FastifyReply {
  return reply
    .code(problem.status)
    .headers({ 'cache-control': 'no-store', ...headers })
    .type('application/problem+json; charset=utf-8')
    .send(JSON.stringify({ type: 'about:blank', ...problem }));
}

/** The body (always read as bytes) as JSON; an empty body is `{}`. Throws SyntaxError. */
export function jsonBody(body: unknown): unknown {
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : '';
  if (text.trim() === '') return {};
  return JSON.parse(text) as unknown;
}

/** Longest board name (the model's limit for names). */
export const MAX_NAME = TEXT_LIMITS.name;

export const iso = (ms: number): string => new Date(ms).toISOString();
