import { describe, expect, it } from 'vitest';
import { deriveBoris } from '../derive/index';
import { canonicaliseBoard, checkBoardIntegrity, parseBoardFile, serialiseBoard } from '../file/index';
import { isAllowedLink } from '../grammar';
import { lintBoard } from '../lint/index';
import { Board } from '../schema/Board';
import { KINDS_WITH_FIELDS } from '../schema/notation';
import type { Sticky } from '../schema/Sticky';
import { indexBoard } from '../queries/boardIndex';
import { policyMapping } from '../queries/decisions';
import { slicesDrivability } from '../slices/index';
import { fieldsOfUpdatingEvent, readModelKeyOf } from '../queries/readModelKey';
import { EXAMPLES, getExample } from './index';

type Box = { position: { x: number; y: number }; size: { width: number; height: number } };
const inside = (inner: Box, outer: Box) =>
  inner.position.x >= outer.position.x &&
  inner.position.y >= outer.position.y &&
  inner.position.x + inner.size.width <= outer.position.x + outer.size.width &&
  inner.position.y + inner.size.height <= outer.position.y + outer.size.height;
const overlap = (a: Box, b: Box) =>
  a.position.x < b.position.x + b.size.width &&
  b.position.x < a.position.x + a.size.width &&
  a.position.y < b.position.y + b.size.height &&
  b.position.y < a.position.y + a.size.height;

describe('example boards', () => {
  it('ships the three agreed examples, found by id', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual(['food-delivery', 'insurance-claims', 'library-lending']);
    for (const e of EXAMPLES) {
      expect(getExample(e.id)).toBe(e);
      expect(e.name.length).toBeGreaterThan(0);
      expect(e.description.length).toBeGreaterThan(0);
    }
    expect(getExample('nope')).toBeUndefined();
  });

  it('hands out a fresh copy of a board on every read', () => {
    const example = getExample('food-delivery');
    const first = example?.board;
    first?.stickies.splice(0);
    expect(example?.board.stickies.length).toBeGreaterThan(0);
    expect(example?.board).toEqual(example?.board);
  });

  describe.each(EXAMPLES.map((e) => [e.id, e.board] as const))('%s', (_id, board) => {
    const byId = new Map(board.stickies.map((s) => [s.id, s]));
    const ofKind = (kind: Sticky['kind']) => board.stickies.filter((s) => s.kind === kind);
    const contextOf = new Map(board.contexts.flatMap((c) => c.memberIds.map((m) => [m, c.id] as const)));

    it('validates against the Board schema and the file integrity checks', () => {
      const parsed = Board.safeParse(board);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      expect(checkBoardIntegrity(board)).toEqual([]);
    });

    it('has 60–200 stickies and 3–6 bounded contexts', () => {
      expect(board.stickies.length).toBeGreaterThanOrEqual(60);
      expect(board.stickies.length).toBeLessThanOrEqual(200);
      expect(board.contexts.length).toBeGreaterThanOrEqual(3);
      expect(board.contexts.length).toBeLessThanOrEqual(6);
    });

    it('uses unique ids across every kind of record', () => {
      const ids = [
        ...board.stickies, ...board.links, ...board.contexts, ...board.relationships, ...board.swimlanes, ...board.slices,
        ...board.goals, ...board.snap.manualEntries,
      ].map((r) => r.id);
      expect(ids.length - new Set(ids).size).toBe(0);
    });

    it('uses readable ids derived from kind and name', () => {
      const prefix = board.contexts[0]?.id.split('-')[0] ?? '';
      const slug: Record<Sticky['kind'], string> = {
        event: 'evt', command: 'cmd', actor: 'act', aggregate: 'agg', policy: 'pol', readModel: 'rm', externalSystem: 'ext',
        hotspot: 'hot', ui: 'ui', opportunity: 'opp', note: 'note',
      };
      const odd = board.stickies.filter((s) => !new RegExp(`^${prefix}-${slug[s.kind]}-[a-z0-9]+(-[a-z0-9]+)*$`).test(s.id));
      expect(odd.map((s) => s.id)).toEqual([]);
      expect(byId.get(`${prefix}-evt-${board.stickies.find((s) => s.kind === 'event')?.text.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)).toBeDefined();
    });

    it('has no dangling ids', () => {
      const contextIds = new Set(board.contexts.map((c) => c.id));
      const laneIds = new Set(board.swimlanes.map((l) => l.id));
      const dangling = [
        ...board.links.flatMap((l) => [l.from, l.to]).filter((id) => !byId.has(id)),
        ...board.contexts.flatMap((c) => c.memberIds).filter((id) => !byId.has(id)),
        ...board.relationships.flatMap((r) => [r.upstreamId, r.downstreamId]).filter((id) => !contextIds.has(id)),
        ...board.slices.flatMap((s) => s.eventIds).filter((id) => byId.get(id)?.kind !== 'event'),
        ...board.stickies.flatMap((s) => (s.laneId === null ? [] : [s.laneId])).filter((id) => !laneIds.has(id)),
        ...board.snap.manualEntries.map((e) => e.contextId).filter((id) => !contextIds.has(id)),
      ];
      expect(dangling).toEqual([]);
    });

    it('follows the grammar on every link', () => {
      const bad = board.links.filter((l) => {
        const from = byId.get(l.from);
        const to = byId.get(l.to);
        return !from || !to || !isAllowedLink(l.kind, from.kind, to.kind);
      });
      expect(bad).toEqual([]);
    });

    it('puts every sticky in exactly one context, inside its frame, and frames do not overlap', () => {
      const memberships = board.contexts.flatMap((c) => c.memberIds);
      expect(memberships.length).toBe(new Set(memberships).size);
      expect(board.stickies.filter((s) => !contextOf.has(s.id)).map((s) => s.id)).toEqual([]);
      for (const c of board.contexts) {
        const outside = c.memberIds.filter((id) => !inside(byId.get(id) as Box, c));
        expect(outside, c.id).toEqual([]);
      }
      for (const [i, a] of board.contexts.entries()) for (const b of board.contexts.slice(i + 1)) expect(overlap(a, b), `${a.id} ${b.id}`).toBe(false);
    });

    it('lays stickies out without overlaps, each inside its lane', () => {
      const collisions: string[] = [];
      board.stickies.forEach((a, i) => board.stickies.slice(i + 1).forEach((b) => overlap(a, b) && collisions.push(`${a.id} ${b.id}`)));
      expect(collisions).toEqual([]);
      const lanes = new Map(board.swimlanes.map((l) => [l.id, l]));
      const outOfLane = board.stickies.filter((s) => {
        const lane = s.laneId === null ? undefined : lanes.get(s.laneId);
        return !lane || s.position.y < lane.y || s.position.y + s.size.height > lane.y + lane.height;
      });
      expect(outOfLane.map((s) => s.id)).toEqual([]);
    });

    it('gives fields to every command, event, aggregate and read model', () => {
      const bare = board.stickies.filter((s) => KINDS_WITH_FIELDS.includes(s.kind) && (s.fields ?? []).length === 0);
      expect(bare.map((s) => s.id)).toEqual([]);
      for (const s of board.stickies) for (const f of s.fields ?? []) expect(f.description, `${s.id}.${f.name}`).not.toBe('');
    });

    it('has the parts of a design-level workshop', () => {
      for (const kind of ['actor', 'ui', 'externalSystem', 'readModel', 'policy', 'opportunity'] as const) expect(ofKind(kind).length, kind).toBeGreaterThan(0);
      const hotspots = ofKind('hotspot');
      expect(hotspots.some((h) => h.resolved)).toBe(true);
      expect(hotspots.some((h) => !h.resolved)).toBe(true);
      expect(ofKind('event').some((e) => e.pivotal)).toBe(true);
      expect(ofKind('event').some((e) => e.timed)).toBe(true);
      expect(board.goals.some((g) => g.kind === 'goal' && g.keyResults.length > 0)).toBe(true);
      expect(board.goals.some((g) => g.kind === 'nonGoal')).toBe(true);
      expect(board.swimlanes.length).toBeGreaterThanOrEqual(2);
      expect(board.swimlanes.length).toBeLessThanOrEqual(3);
      expect([...new Set(board.slices.map((s) => s.path))].sort()).toEqual(['happy', 'unhappy']);
    });

    it('fills in every Bounded Context Canvas', () => {
      for (const { id, canvas } of board.contexts) {
        expect(canvas.purpose, id).not.toBe('');
        expect(canvas.classification.domain, id).not.toBeNull();
        expect(canvas.classification.evolution, id).not.toBeNull();
        for (const key of ['domainRoles', 'inbound', 'outbound', 'ubiquitousLanguage', 'businessDecisions', 'assumptions', 'verificationMetrics', 'openQuestions'] as const) {
          expect(canvas[key].length, `${id} ${key}`).toBeGreaterThan(0);
        }
      }
    });

    it('draws a context map with patterns on the right sides and one symmetric relationship', () => {
      for (const r of board.relationships) {
        if (r.kind === 'sharedKernel' || r.kind === 'partnership') {
          expect([...r.upstreamPatterns, ...r.downstreamPatterns], r.id).toEqual([]);
        } else {
          expect(r.upstreamPatterns.every((p) => p === 'OHS' || p === 'PL'), r.id).toBe(true);
          expect(r.downstreamPatterns.every((p) => p === 'ACL' || p === 'CF'), r.id).toBe(true);
        }
      }
      expect(board.relationships.some((r) => r.kind === 'sharedKernel' || r.kind === 'partnership')).toBe(true);
    });

    it('gives every aggregate a creating command (codegen maps it to POST on the collection)', () => {
      const creating = /^(Create|Add|Register|Place|Open|Submit)\b/;
      const missing = ofKind('aggregate').filter(
        (a) => !board.links.some((l) => l.kind === 'invokedOn' && l.to === a.id && creating.test(byId.get(l.from)?.text ?? '')),
      );
      expect(missing.map((a) => a.id)).toEqual([]);
    });
  });
});

describe.each(EXAMPLES.map((e) => [e.id, e.board] as const))('%s with the rest of the model', (_id, board) => {
  it('lints clean at design level, also for codegen (no errors, warnings or naming hints), but for mappings and read-model rows it leaves open on purpose and the slices those keep from running (T1)', () => {
    for (const options of [{ level: 'design' as const }, { level: 'design' as const, forCodegen: true }]) {
      expect(lintBoard(board, options).filter((f) => f.ruleId !== 'P4' && f.ruleId !== 'R2' && f.ruleId !== 'T1')).toEqual([]);
    }
  });

  it('records a row key on every read model with a field that names a row; R2 then names only events that do not carry it', () => {
    const index = indexBoard(board);
    const keyed = board.stickies.filter((s) => s.kind === 'readModel' && s.rowKey);
    expect(keyed.length).toBeGreaterThan(0);
    for (const rm of board.stickies.filter((s) => s.kind === 'readModel')) {
      const view = readModelKeyOf(index, rm.id);
      if (!rm.rowKey) {
        expect(rm.fields?.some((f) => f.type === 'uuid' && !f.list), `${rm.id} has an id field but no key`).toBe(false);
        continue;
      }
      expect(view?.missingKeyFields, rm.id).toEqual([]);
      for (const row of view?.events ?? []) {
        if (row.kind !== 'open') continue;
        const carried = fieldsOfUpdatingEvent(index, row.event.id).some((f) => rm.rowKey?.fields.includes(f.name) && f.required);
        expect(carried, `${rm.id}: ${row.event.id} carries the key but is open`).toBe(false);
      }
    }
  });

  it('reports exactly its undrivable thin slices (T1), each with its reason', () => {
    const undrivable = slicesDrivability(board).filter((d) => !d.drivable);
    const t1 = lintBoard(board, { level: 'design' }).filter((f) => f.ruleId === 'T1');
    expect(t1.map((f) => f.ids.at(-1)).sort()).toEqual(undrivable.map((d) => d.slice.id).sort());
    for (const d of undrivable) expect(t1.find((f) => f.ids.at(-1) === d.slice.id)?.message).toContain(d.problems[0]?.message);
  });

  it('records invariants on aggregates, and every command on such an aggregate says how it is refused (no O2)', () => {
    const guarded = board.stickies.filter((s) => s.kind === 'aggregate' && (s.lifecycle?.invariants.length ?? 0) > 0);
    expect(guarded.length).toBeGreaterThan(0);
    expect(lintBoard(board, { level: 'design' }).filter((f) => f.ruleId === 'O2')).toEqual([]);
  });

  it('records every open policy mapping explicitly as unmapped (P4 then names exactly those)', () => {
    const index = indexBoard(board);
    for (const policy of board.stickies.filter((s) => s.kind === 'policy')) {
      for (const mapping of policyMapping(index, policy.id)) {
        for (const field of mapping.fields.filter((f) => f.field.required)) {
          expect(field.origin, `${policy.id} → ${mapping.command.id}.${field.field.name}`).not.toBe('stale');
          if (field.source.kind === 'unmapped') expect(field.origin, `${policy.id} → ${mapping.command.id}.${field.field.name}`).toBe('unmapped');
        }
        const recordedUnmapped = policy.mappings?.find((m) => m.commandId === mapping.command.id)?.fields.filter((f) => f.source.kind === 'unmapped').map((f) => f.field) ?? [];
        expect(mapping.unmappedRequired.map((f) => f.name).sort()).toEqual(recordedUnmapped.filter((name) => mapping.fields.some((f) => f.field.name === name && f.field.required)).sort());
      }
    }
  });

  it('only reports the open hotspots of a thin slice (H1, info) when linting per slice (and the open mappings and rows, P4 and R2)', () => {
    for (const slice of board.slices) {
      const findings = lintBoard(board, { level: 'design', sliceId: slice.id }).filter((f) => f.ruleId !== 'P4' && f.ruleId !== 'R2' && f.ruleId !== 'T1');
      expect(findings.every((f) => f.ruleId === 'H1' && f.severity === 'info'), slice.id).toBe(true);
    }
  });

  it('survives serialise → parse unchanged', () => {
    const parsed = parseBoardFile(serialiseBoard(board));
    expect(parsed.ok && parsed.migratedFrom).toBe(null);
    if (parsed.ok) expect(parsed.board).toEqual(canonicaliseBoard(board));
  });

  it('derives a Boris diagram with topics and a service-to-service sync call', () => {
    const boris = deriveBoris(board);
    const services = new Set(boris.nodes.filter((n) => n.kind === 'service').map((n) => n.id));
    expect(services.size).toBe(board.contexts.length);
    expect(boris.nodes.filter((n) => n.kind === 'topic').length).toBeGreaterThanOrEqual(1);
    expect(boris.edges.some((e) => e.mode === 'sync' && services.has(e.from) && services.has(e.to) && e.from !== e.to)).toBe(true);
    const nodeIds = new Set(boris.nodes.map((n) => n.id));
    expect(Object.keys(board.boris.notes).filter((id) => !nodeIds.has(id))).toEqual([]);
  });
});
