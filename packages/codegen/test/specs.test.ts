import { EXAMPLES } from '@stormscape/model/examples';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateProject, generateSpecs } from '../src/index';
import { shopBoard } from './fixtureBoard';
import { lintAsyncApi, lintOpenApi } from './specValidation';

const boards = [...EXAMPLES.map((e) => ({ id: e.id, board: e.board })), { id: 'shop fixture', board: shopBoard() }];

type Doc = Record<string, Record<string, Record<string, unknown>>>;
function at(value: unknown, ...path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined), value);
}

describe.each(boards)('specs of $id', ({ board }) => {
  const specs = generateSpecs(board);

  it('has one OpenAPI and one AsyncAPI document per context', () => {
    expect(specs.length).toBe(board.contexts.length);
  });

  it.each(specs.map((s) => [s.name, s] as const))('%s: OpenAPI 3.1 with zero @redocly/openapi-core errors', async (_name, spec) => {
    const problems = await lintOpenApi(spec.openapi);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(specs.map((s) => [s.name, s] as const))('%s: AsyncAPI 3.0 with zero @asyncapi/parser errors', async (_name, spec) => {
    const problems = await lintAsyncApi(spec.asyncapi);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('traces every operation, tag, schema, channel and message to its sticky', () => {
    const stickyIds = new Set(board.stickies.map((s) => s.id));
    const contextIds = new Set(board.contexts.map((c) => c.id));
    for (const spec of specs) {
      const openapi = parse(spec.openapi) as Doc;
      expect(contextIds.has(String(openapi.info?.['x-stormscape-id']))).toBe(true);
      for (const [path, item] of Object.entries(openapi.paths ?? {})) {
        for (const op of Object.values(item as Record<string, Record<string, unknown>>)) {
          if (path === '/health') continue;
          expect(stickyIds.has(op['x-stormscape-id'] as string), `${path}`).toBe(true);
        }
      }
      for (const [name, schema] of Object.entries(openapi.components?.schemas ?? {})) {
        if (['Money', 'Problem', 'HealthStatus'].includes(name)) continue;
        expect(stickyIds.has((schema as Record<string, string>)['x-stormscape-id'] as string), name).toBe(true);
      }
      const asyncapi = parse(spec.asyncapi) as Doc;
      for (const section of [asyncapi.channels ?? {}, asyncapi.operations ?? {}, asyncapi.components?.messages ?? {}]) {
        for (const value of Object.values(section)) expect(stickyIds.has((value as Record<string, string>)['x-stormscape-id'] as string)).toBe(true);
      }
    }
  });

  it('uses the same channel address and payload for a publisher and its subscribers', () => {
    const byMessage = new Map<string, { address: unknown; payload: unknown; actions: string[] }>();
    for (const spec of specs) {
      const doc = parse(spec.asyncapi) as Doc;
      for (const op of Object.values(doc.operations ?? {}) as { action: string; channel: { $ref: string } }[]) {
        const key = op.channel.$ref.replace('#/channels/', '');
        const channel = doc.channels?.[key] as { address: string; messages: Record<string, unknown> };
        const name = Object.keys(channel.messages)[0] as string;
        const payload = doc.components?.schemas?.[`${name}Payload`];
        const seen = byMessage.get(name);
        if (seen) {
          expect(channel.address).toBe(seen.address);
          expect(payload).toEqual(seen.payload);
          seen.actions.push(op.action);
        } else byMessage.set(name, { address: channel.address, payload, actions: [op.action] });
      }
    }
    // Every event received somewhere is either sent by a context or heard from an external system.
    expect([...byMessage.values()].every((m) => m.actions.filter((a) => a === 'send').length <= 1)).toBe(true);
  });

  it('says what the Kafka runtime does: topic = channel address, partitions and replicas it creates topics with, key = aggregate id, consumer group = service, envelope headers', () => {
    const files = generateProject(board);
    for (const spec of specs) {
      const doc = parse(spec.asyncapi) as Doc;
      const slug = spec.slug;
      const start = files.get(`${slug}/src/generated/runtime/start.ts`) ?? '';
      const partitions = Number(/number\(env, 'KAFKA_PARTITIONS', (\d+)\)/.exec(start)?.[1]);
      const replicas = Number(/number\(env, 'KAFKA_REPLICATION_FACTOR', (\d+)\)/.exec(start)?.[1]);
      const events = files.get(`${slug}/src/generated/events.ts`) ?? '';
      for (const [key, channel] of Object.entries(doc.channels ?? {}) as [string, Record<string, unknown>][]) {
        const kafka = (channel.bindings as Record<string, Record<string, unknown>> | undefined)?.kafka;
        expect(kafka, `channel ${key}`).toMatchObject({ topic: channel.address, partitions, replicas });
      }
      for (const [name, message] of Object.entries(doc.components?.messages ?? {}) as [string, Record<string, Record<string, Record<string, unknown>>>][]) {
        // events.ts KEY_PROPS: the payload property the runtime uses as the Kafka key.
        const keyProp = new RegExp(`\\["${name}"\\]: "([^"]+)"`).exec(/KEY_PROPS[^{]*\{([^}]*)\}/s.exec(events)?.[1] ?? '')?.[1];
        const described = String(at(message, 'bindings', 'kafka', 'key', 'description') ?? '');
        expect(described, name).toMatch(keyProp === undefined ? /event id/ : new RegExp(`\\b${keyProp}\\b`));
        expect(message.headers?.required).toEqual(['event-id', 'event-name', 'occurred-at']);
      }
      for (const op of Object.values(doc.operations ?? {}) as Record<string, Record<string, Record<string, unknown>>>[]) {
        if ((op.action as unknown) !== 'receive') continue;
        expect(op.bindings?.kafka?.groupId).toEqual({ type: 'string', enum: [slug] });
      }
    }
  });

  it('documents the 501 problem+json on exactly the operations whose handler leaves values open (notMapped)', () => {
    const files = generateProject(board);
    let checked = 0;
    for (const spec of specs) {
      const doc = parse(spec.openapi) as Doc;
      const operations = Object.values(doc.paths ?? {}).flatMap((item) => Object.values(item) as Record<string, Record<string, unknown>>[]);
      for (const [path, text] of files) {
        const handler = new RegExp(`^${spec.slug}/src/handlers/(?!policies/|projections/)[^/]+/([^/]+)\\.ts$`).exec(path);
        const op = handler ? operations.find((o) => (o.operationId as unknown) === handler[1]) : undefined;
        if (!op) continue;
        checked += 1;
        const open = text.includes('notMapped(');
        expect(op.responses?.['501'], `${path}: 501 documented`).toEqual(open ? { $ref: '#/components/responses/NotMapped' } : undefined);
        if (open) expect(at(doc, 'components', 'responses', 'NotMapped', 'content', 'application/problem+json', 'schema')).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
