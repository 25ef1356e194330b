import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { getExample } from '@stormscape/model/examples';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateProject } from '../src/index';
import { scratchDir, writeFiles } from './files';
import { supply } from './supplyOpenValues';

// HTTP details of a generated service on its embedded defaults (in memory, in-process bus),
// driven through Fastify's inject: conditional requests (If-Match / ETag → 412), 415 for a
// body that is not JSON, 405 with Allow for a wrong method, and a per-field error list in
// 422 answers, each checked against what openapi.yaml says.
const dir = scratchDir('http-food-delivery');

type Doc = { readonly [key: string]: unknown };
function at(value: unknown, ...path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string | number, unknown>)[key] : undefined), value);
}

interface Injected {
  readonly statusCode: number;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly body: string;
  json(): Doc;
}
interface Built {
  readonly http: { inject(options: { method: string; url: string; headers?: Record<string, string>; payload?: string | object }): Promise<Injected>; ready(): Promise<unknown> };
  close(): Promise<void>;
}

let service: Built;
let openapi: Doc;
const placeBody = (): Doc => structuredClone(at(openapi, 'paths', '/orders', 'post', 'requestBody', 'content', 'application/json', 'example') as Doc);
const confirmBody = (): Doc => structuredClone(at(openapi, 'paths', '/orders/{orderId}/confirm', 'post', 'requestBody', 'content', 'application/json', 'example') as Doc);

beforeAll(async () => {
  const example = getExample('food-delivery');
  if (!example) throw new Error('missing example food-delivery');
  const files = generateProject(example.board, { contexts: ['Ordering'] });
  // The values the board leaves open on this path, supplied as a developer would.
  supply(files, 'ordering/src/handlers/order/placeOrder.ts', {
    customerId: "'6f1c2a9e-3b7d-4c1e-9a2b-5d8e7f6a1b2c'",
    restaurantId: "'0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d'",
    total: "({ amount: 2500, currency: 'EUR' })",
  });
  writeFiles(dir, files);
  openapi = parse(readFileSync(join(dir, 'ordering', 'openapi.yaml'), 'utf8')) as Doc;
  const module = (await import(join(dir, 'ordering', 'src/generated/service.ts'))) as { buildService(options: object): Promise<Built> };
  service = await module.buildService({ log: () => undefined });
  await service.http.ready();
}, 120_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function placeOrder(): Promise<{ id: string; etag: string }> {
  const placed = await service.http.inject({ method: 'POST', url: '/orders', payload: placeBody() });
  expect(placed.statusCode).toBe(201);
  return { id: placed.json().orderId as string, etag: String(placed.headers.etag) };
}

describe('optimistic concurrency over HTTP (embedded storage)', () => {
  it('answers with the ETag of the aggregate version; a matching If-Match goes through, a stale one gets 412 problem+json and changes nothing', async () => {
    const { id, etag } = await placeOrder();
    expect(etag).toBe('"1"');
    const read = await service.http.inject({ method: 'GET', url: `/orders/${id}` });
    expect(read.headers.etag).toBe('"1"');

    const confirmed = await service.http.inject({ method: 'POST', url: `/orders/${id}/confirm`, headers: { 'if-match': etag }, payload: confirmBody() });
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.headers.etag).toBe('"2"');

    const stale = await service.http.inject({ method: 'POST', url: `/orders/${id}/confirm`, headers: { 'if-match': etag }, payload: confirmBody() });
    expect(stale.statusCode).toBe(412);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.json()).toMatchObject({ status: 412, title: 'Precondition Failed' });
    expect((await service.http.inject({ method: 'GET', url: `/orders/${id}` })).headers.etag).toBe('"2"');

    // No If-Match: unconditional, as before. `*` matches any stored version, a list matches any member.
    expect((await service.http.inject({ method: 'POST', url: `/orders/${id}/confirm`, payload: confirmBody() })).statusCode).not.toBe(412);
    expect((await service.http.inject({ method: 'POST', url: `/orders/${id}/confirm`, headers: { 'if-match': '*' }, payload: confirmBody() })).statusCode).not.toBe(412);
    const current = String((await service.http.inject({ method: 'GET', url: `/orders/${id}` })).headers.etag);
    expect((await service.http.inject({ method: 'POST', url: `/orders/${id}/confirm`, headers: { 'if-match': `"1", ${current}` }, payload: confirmBody() })).statusCode).not.toBe(412);
  });

  it('If-Match on an order that does not exist is 412 (RFC 9110), and a malformed one never matches', async () => {
    const missing = await service.http.inject({ method: 'POST', url: `/orders/${crypto.randomUUID()}/confirm`, headers: { 'if-match': '"1"' }, payload: confirmBody() });
    expect(missing.statusCode).toBe(412);
    const { id } = await placeOrder();
    const garbage = await service.http.inject({ method: 'POST', url: `/orders/${id}/confirm`, headers: { 'if-match': 'one' }, payload: confirmBody() });
    expect(garbage.statusCode).toBe(412);
  });

  it('openapi.yaml documents If-Match on commands on an existing item, ETag on their answers, and 412', () => {
    const confirm = at(openapi, 'paths', '/orders/{orderId}/confirm', 'post') as Doc;
    const parameters = at(confirm, 'parameters') as Doc[];
    expect(parameters.some((p) => at(p, '$ref') === '#/components/parameters/IfMatch')).toBe(true);
    expect(at(openapi, 'components', 'parameters', 'IfMatch', 'in')).toBe('header');
    expect(at(confirm, 'responses', '412', '$ref')).toBe('#/components/responses/PreconditionFailed');
    expect(at(confirm, 'responses', '200', 'headers', 'ETag', '$ref')).toBe('#/components/headers/ETag');
    expect(at(openapi, 'paths', '/orders', 'post', 'responses', '201', 'headers', 'ETag')).toBeDefined();
    expect(at(openapi, 'paths', '/orders/{orderId}', 'get', 'responses', '200', 'headers', 'ETag')).toBeDefined();
    // Creating has nothing to match against.
    expect(at(openapi, 'paths', '/orders', 'post', 'parameters')).toBeUndefined();
  });
});

describe('HTTP details', () => {
  it('a body that is not JSON gets 415 problem+json (not 422)', async () => {
    const reply = await service.http.inject({ method: 'POST', url: '/orders', headers: { 'content-type': 'text/plain' }, payload: JSON.stringify(placeBody()) });
    expect(reply.statusCode).toBe(415);
    expect(reply.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(reply.json()).toMatchObject({ status: 415, title: 'Unsupported Media Type' });
    expect(at(openapi, 'paths', '/orders', 'post', 'responses', '415', '$ref')).toBe('#/components/responses/UnsupportedMediaType');
  });

  it('a wrong method on a known path gets 405 with Allow; an unknown path is still 404', async () => {
    const wrong = await service.http.inject({ method: 'DELETE', url: '/orders' });
    expect(wrong.statusCode).toBe(405);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(String(wrong.headers.allow).split(/,\s*/).sort()).toEqual(['GET', 'HEAD', 'POST']);
    const onItem = await service.http.inject({ method: 'PUT', url: `/orders/${crypto.randomUUID()}/confirm`, payload: confirmBody() });
    expect(onItem.statusCode).toBe(405);
    expect(onItem.headers.allow).toBe('POST');
    expect((await service.http.inject({ method: 'GET', url: '/no-such-thing' })).statusCode).toBe(404);
  });

  it('422 answers list each invalid field with a message, as openapi.yaml says', async () => {
    const body = { ...placeBody(), basketId: 'not-a-uuid' } as Record<string, unknown>;
    delete body.deliveryAddress;
    const reply = await service.http.inject({ method: 'POST', url: '/orders', payload: body });
    expect(reply.statusCode).toBe(422);
    const errors = reply.json().errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field).sort()).toEqual(['body.basketId', 'body.deliveryAddress']);
    for (const error of errors) expect(error.message).not.toBe('');
    const badParam = await service.http.inject({ method: 'GET', url: '/orders/not-a-uuid' });
    expect(badParam.statusCode).toBe(422);
    expect((badParam.json().errors as { field: string }[]).map((e) => e.field)).toEqual(['params.orderId']);
    const problem = at(openapi, 'components', 'schemas', 'Problem', 'properties', 'errors') as Doc;
    expect(at(problem, 'items', 'required')).toEqual(['field', 'message']);
  });
});
