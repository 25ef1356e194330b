import fc from 'fast-check';
import { BusinessModel, DomainClassification, Evolution, MessageKind } from '../schema/BoundedContext';
import type { BoundedContextCanvas } from '../schema/BoundedContext';
import { CONTEXT_PATTERNS, RELATIONSHIP_KINDS } from '../schema/ContextRelationship';
import { FIELD_TYPES } from '../schema/Field';
import type { Field } from '../schema/Field';
import { POLICY_MODES, STICKY_KINDS } from '../schema/notation';
import { SNAP_SECTIONS } from '../schema/SnapOverrides';

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');

/** Text that has broken parsers, renderers and templates before. */
export const HOSTILE_STRINGS = [
  '', ' ', '__proto__', 'constructor', 'toString', '\u0000', '\ud800', '\udfff\ud800', '\u202eevil', '👩‍👩‍👧‍👦',
  '</script><script>alert(1)</script>', '"quoted" \\ back', 'line\nbreak\ttab\r\n', 'Ω≈ç√∫ 日本語 العربية',
  '{{handlebars}} ${template}', '\ufeffbom', 'a'.repeat(200),
] as const;

export const idArb = fc.string({ unit: fc.constantFrom(...ID_CHARS), minLength: 1, maxLength: 64 });
/** Unicode text of at most `max` UTF-16 code units, often hostile. */
export const textArb = (max: number, min = 0): fc.Arbitrary<string> =>
  fc
    .oneof({ weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: min, maxLength: Math.min(40, Math.floor(max / 2)) }) }, { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) })
    .filter((s) => s.length >= min && s.length <= max);
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 0, minExcluded: true, max: 1e7, noNaN: true });
const point = fc.record({ x: finite, y: finite });
const size = fc.record({ width: positive, height: positive });
const colour = fc.stringMatching(/^#[0-9A-Fa-f]{6}$/);
/** Record keys other than "__proto__", which the file format refuses. */
const keyArb = (max: number) => textArb(max).filter((k) => k !== '__proto__');
const dict = <T>(value: fc.Arbitrary<T>) => fc.dictionary(keyArb(200), value, { maxKeys: 4, noNullPrototype: true });

const fieldArb: fc.Arbitrary<Field> = fc.record({
  name: textArb(200, 1),
  type: fc.constantFrom(...FIELD_TYPES),
  list: fc.boolean(),
  required: fc.boolean(),
  description: textArb(2000),
});

/** A code name (optional on stickies and contexts). */
const codeNameArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,59}$/);
/** Design decisions with sticky references as picks (`buildBoard` resolves them by kind). */
const decisionsArb = fc.record(
  {
    outcomes: fc.array(fc.record({ pick: fc.nat(), kind: fc.constantFrom('success' as const, 'rejection' as const) }), { maxLength: 3 }),
    creating: fc.nat(),
    lifecycle: fc.record({
      states: fc.uniqueArray(textArb(200, 1), { maxLength: 4 }),
      acceptedIn: fc.array(fc.record({ pick: fc.nat(), states: fc.array(fc.nat(), { maxLength: 3 }) }), { maxLength: 2 }),
      transitions: fc.array(fc.record({ pick: fc.nat(), state: fc.nat() }), { maxLength: 2 }),
      invariants: fc.array(textArb(2000, 1), { maxLength: 2 }),
    }),
    mappings: fc.array(
      fc.record({
        pick: fc.nat(),
        fields: fc.array(
          fc.record({
            field: textArb(200, 1),
            source: fc.oneof(
              fc.record({ kind: fc.constant('eventField' as const), field: textArb(200, 1) }),
              fc.record({ kind: fc.constant('constant' as const), value: textArb(2000) }),
              fc.record({ kind: fc.constant('readModel' as const), pick: fc.nat(), field: textArb(200, 1) }),
              fc.record({ kind: fc.constant('unmapped' as const) }),
            ),
          }),
          { maxLength: 3 },
        ),
      }),
      { maxLength: 2 },
    ),
    schedule: fc.oneof(
      fc.record({ kind: fc.constant('cron' as const), expression: fc.constantFrom('0 2 * * *', '*/15 9-17 * * MON-FRI', '@daily', '0 0 1 JAN,JUL *') }),
      fc.record({ kind: fc.constant('after' as const), duration: fc.constantFrom('P14D', 'PT2H30M', 'P1M', 'P1Y2M3DT4H5M6S'), pick: fc.nat() }),
    ),
    rowKey: fc.record({
      fields: fc.uniqueArray(textArb(200, 1), { maxLength: 2 }),
      events: fc.array(
        fc.record({
          pick: fc.nat(),
          row: fc.oneof(
            fc.record({ kind: fc.constant('creates' as const) }),
            fc.record({
              kind: fc.constant('find' as const),
              parts: fc.array(
                fc.record({
                  keyField: textArb(200, 1),
                  source: fc.oneof(fc.record({ kind: fc.constant('eventField' as const), field: textArb(200, 1) }), fc.record({ kind: fc.constant('aggregateId' as const) })),
                }),
                { maxLength: 2 },
              ),
            }),
          ),
        }),
        { maxLength: 2 },
      ),
    }),
  },
  { requiredKeys: [] },
);
export type DecisionsDraft = (typeof decisionsArb) extends fc.Arbitrary<infer T> ? T : never;

/** A sticky with every optional property; `buildBoard` keeps only those its kind allows. */
const stickyArb = fc.record({
  id: idArb,
  kind: fc.constantFrom(...STICKY_KINDS),
  text: textArb(500),
  description: textArb(10_000),
  position: point,
  size,
  lane: fc.option(fc.nat(), { nil: null }),
  extras: fc.record(
    {
      pivotal: fc.boolean(),
      timed: fc.boolean(),
      public: fc.boolean(),
      policyMode: fc.constantFrom(...POLICY_MODES),
      resolved: fc.boolean(),
      fields: fc.array(fieldArb, { maxLength: 4 }),
      codeName: codeNameArb,
    },
    { requiredKeys: [] },
  ),
  decisions: decisionsArb,
});
export type StickyDraft = (typeof stickyArb) extends fc.Arbitrary<infer T> ? T : never;

const communication = fc.record({ collaborator: textArb(500), relationship: textArb(500), messageKind: fc.constantFrom(...MessageKind.options), message: textArb(500) });
const lines = (max: number) => fc.array(textArb(max), { maxLength: 3 });
const canvasArb: fc.Arbitrary<BoundedContextCanvas> = fc.record({
  purpose: textArb(5000),
  classification: fc.record({
    domain: fc.option(fc.constantFrom(...DomainClassification.options), { nil: null }),
    businessModel: fc.subarray([...BusinessModel.options]),
    evolution: fc.option(fc.constantFrom(...Evolution.options), { nil: null }),
  }),
  domainRoles: lines(500),
  inbound: fc.array(communication, { maxLength: 2 }),
  outbound: fc.array(communication, { maxLength: 2 }),
  ubiquitousLanguage: fc.array(fc.record({ term: textArb(500), definition: textArb(5000) }), { maxLength: 3 }),
  businessDecisions: lines(2000),
  assumptions: lines(2000),
  verificationMetrics: lines(2000),
  openQuestions: lines(2000),
});

const picks = fc.array(fc.nat(), { maxLength: 8 });
/** Random picks a board is built from (see `buildBoard`). */
export const draftArb = fc.record({
  name: textArb(200),
  goals: fc.array(fc.record({ id: idArb, kind: fc.constantFrom('goal' as const, 'nonGoal' as const), text: textArb(2000), keyResults: lines(2000) }), { maxLength: 3 }),
  stickies: fc.array(stickyArb, { maxLength: 24 }),
  links: fc.array(fc.record({ id: idArb, from: fc.nat(), to: fc.nat(), label: textArb(500) }), { maxLength: 30 }),
  contexts: fc.array(
    fc.record({ id: idArb, name: textArb(200), codeName: codeNameArb, colour, position: point, size, members: picks, canvas: canvasArb, mapPosition: point, target: fc.constantFrom('typescript' as const, 'spring' as const) }, { requiredKeys: ['id', 'name', 'colour', 'position', 'size', 'members', 'canvas'] }),
    { maxLength: 4 },
  ),
  relationships: fc.array(
    fc.record({
      id: idArb,
      kind: fc.constantFrom(...RELATIONSHIP_KINDS),
      up: fc.nat(),
      down: fc.nat(),
      upstreamPatterns: fc.subarray([...CONTEXT_PATTERNS]),
      downstreamPatterns: fc.subarray([...CONTEXT_PATTERNS]),
      description: textArb(2000),
    }),
    { maxLength: 4 },
  ),
  swimlanes: fc.array(fc.record({ id: idArb, name: textArb(200), y: finite, height: positive }), { maxLength: 3 }),
  slices: fc.array(fc.record({ id: idArb, name: textArb(200), colour, path: fc.constantFrom('happy' as const, 'unhappy' as const), events: picks }), { maxLength: 3 }),
  boris: fc.record({
    nodePositions: dict(point),
    hiddenEdgeIds: fc.array(textArb(200), { maxLength: 3 }),
    addedEdges: fc.array(fc.record({ id: idArb, from: textArb(200, 1), to: textArb(200, 1), mode: fc.constantFrom('sync' as const, 'async' as const), label: textArb(500) }), { maxLength: 3 }),
    notes: dict(textArb(5000)),
  }),
  snap: fc.record({
    manualEntries: fc.array(fc.record({ id: idArb, context: fc.nat(), section: fc.constantFrom(...SNAP_SECTIONS), text: textArb(5000) }), { maxLength: 3 }),
    dismissedIds: fc.array(textArb(300), { maxLength: 3 }),
  }),
});
export type BoardDraft = (typeof draftArb) extends fc.Arbitrary<infer T> ? T : never;

