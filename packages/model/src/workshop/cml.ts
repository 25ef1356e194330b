import type { Board } from '../schema/Board';
import type { BoundedContext } from '../schema/BoundedContext';
import type { ContextPattern, ContextRelationship } from '../schema/ContextRelationship';
import { effectiveRelationships } from '../queries/relationships';
import { isCustomerSupplier, relationshipPatternProblems, SIDE_PATTERNS, validPatterns } from '../queries/relationshipPatterns';
import type { Field, FieldType } from '../schema/Field';
import type { Sticky } from '../schema/Sticky';
import { CmlNameScope, cmlComment, cmlName, cmlString } from './cmlNames';

/** CML attribute type for each field type (the Sculptor-derived `Type` rule). */
const CML_TYPES: Readonly<Record<FieldType, string>> = {
  string: 'String',
  text: 'String',
  integer: 'Long',
  number: 'Double',
  boolean: 'Boolean',
  date: 'Date',
  'date-time': 'DateTime',
  uuid: 'String',
  email: 'String',
  url: 'String',
  money: 'BigDecimal',
};

/** CML's roles of one end, in the order CML writes them (C/S is written as S and C). */
const roles = (patterns: readonly ContextPattern[]) => SIDE_PATTERNS.filter((p) => patterns.includes(p));

function attributeLines(fields: readonly Field[], indent: string): string[] {
  const scope = new CmlNameScope();
  return fields.map((f, i) => {
    const base = CML_TYPES[f.type];
    const type = f.list ? `List<${base}>` : base;
    const name = scope.claim(cmlName(f.name, 'camel', `field${i + 1}`));
    return `${indent}${type} ${name}${f.required ? ' required' : ''}`;
  });
}

/**
 * One relationship line (plus comments), in the bracket syntax of CML:
 * `U [U,OHS,PL]->[D,ACL] D`, `U [U,S]->[D,C] D`, `A [SK]<->[SK] B`, `A [P]<->[P] B`.
 * Roles rule M1 refuses (`relationshipPatternProblems`) are left out and mentioned in a comment;
 * Separate Ways has no CML form and becomes a comment.
 */
function relationshipLines(rel: ContextRelationship, names: ReadonlyMap<string, string>): string[] {
  const up = names.get(rel.upstreamId);
  const down = names.get(rel.downstreamId);
  if (!up || !down) return [];
  const out: string[] = [];
  const note = cmlComment(rel.description);
  if (note !== '') out.push(`  // ${note}`);
  if (rel.upstreamId === rel.downstreamId) {
    out.push(`  // ${up} is related to itself; CML has no self-relationships`);
    return out;
  }
  const kind = isCustomerSupplier(rel) ? 'customerSupplier' : rel.kind;
  switch (kind) {
    case 'sharedKernel':
      out.push(`  ${up} [SK]<->[SK] ${down}`);
      break;
    case 'partnership':
      out.push(`  ${up} [P]<->[P] ${down}`);
      break;
    case 'separateWays':
      out.push(`  // ${up} and ${down} go Separate Ways (no relationship in CML)`);
      break;
    case 'upstreamDownstream':
    case 'customerSupplier': {
      const valid = validPatterns(rel);
      const upRoles = roles(valid.upstreamPatterns);
      const downRoles = roles(valid.downstreamPatterns);
      const dropped = relationshipPatternProblems(rel).map((p) => `${p.pattern} ${p.side}`);
      if (dropped.length > 0) out.push(`  // left out, not allowed there (rule M1): ${dropped.join(', ')}`);
      const cs = kind === 'customerSupplier';
      const left = ['U', ...(cs ? ['S'] : []), ...upRoles].join(',');
      const right = ['D', ...(cs ? ['C'] : []), ...downRoles].join(',');
      out.push(`  ${up} [${left}]->[${right}] ${down}`);
      break;
    }
  }
  return out;
}

/** Stickies linked from `aggregateId` by a `produces` link (its domain events). */
function producedEvents(board: Board, aggregateId: string, byId: ReadonlyMap<string, Sticky>): Sticky[] {
  const events: Sticky[] = [];
  for (const link of board.links) {
    if (link.kind !== 'produces' || link.from !== aggregateId) continue;
    const to = byId.get(link.to);
    if (to?.kind === 'event' && !events.includes(to)) events.push(to);
  }
  return events;
}

function contextBlock(
  board: Board,
  context: BoundedContext,
  name: string,
  aggregates: readonly Sticky[],
  scope: CmlNameScope,
  byId: ReadonlyMap<string, Sticky>,
): string[] {
  const out = [`BoundedContext ${name} {`];
  const purpose = context.canvas.purpose.trim();
  if (purpose !== '') out.push(`  domainVisionStatement = ${cmlString(purpose)}`);
  const roles = context.canvas.domainRoles.map((r) => r.trim()).filter((r) => r !== '');
  if (roles.length > 0) out.push(`  responsibilities = ${roles.map(cmlString).join(', ')}`);
  for (const agg of aggregates) {
    const entity = scope.claim(cmlName(agg.text, 'pascal', 'Aggregate'));
    const aggregateName = scope.claim(`${entity.replace(/^\^/, '')}Aggregate`);
    out.push('', `  Aggregate ${aggregateName} {`, `    Entity ${entity} {`, '      aggregateRoot');
    out.push(...attributeLines(agg.fields ?? [], '      '), '    }');
    for (const ev of producedEvents(board, agg.id, byId)) {
      const evName = scope.claim(cmlName(ev.text, 'pascal', 'Event'));
      const attrs = attributeLines(ev.fields ?? [], '      ');
      out.push(attrs.length > 0 ? `    DomainEvent ${evName} {` : `    DomainEvent ${evName}`);
      if (attrs.length > 0) out.push(...attrs, '    }');
    }
    out.push('  }');
  }
  out.push('}');
  return out;
}

/**
 * The board's bounded contexts, aggregates and context-map relationships as a
 * Context Mapper `.cml` file: one `ContextMap` containing every context and its
 * relationships, then a `BoundedContext` per context (vision statement from the canvas
 * purpose, responsibilities from its domain roles) with an `Aggregate` per aggregate
 * sticky in it (root `Entity` with the sticky's fields as attributes, plus the domain
 * events it produces). Names become unique CML identifiers; text becomes escaped
 * string literals or one-line comments, so no sticky text can break the syntax.
 */
export function exportContextMapperCml(board: Board): string {
  const scope = new CmlNameScope();
  const byId = new Map(board.stickies.map((s) => [s.id, s]));
  const names = new Map<string, string>();
  for (const c of board.contexts) names.set(c.id, scope.claim(cmlName(c.name, 'pascal', 'Context')));
  const mapName = scope.claim(`${cmlName(board.name, 'pascal', 'Board').replace(/^\^/, '')}ContextMap`);

  const lines = [`// Context Mapper model of the Stormscape board "${cmlComment(board.name)}"`, ''];
  lines.push(`ContextMap ${mapName} {`, '  type = SYSTEM_LANDSCAPE', '  state = TO_BE');
  if (board.contexts.length > 0) {
    lines.push(`  contains ${board.contexts.map((c) => names.get(c.id) ?? '').join(', ')}`);
  }
  // One relationship per pair of contexts (rule M2): later ones are left out, and said so.
  const kept = new Set(effectiveRelationships(board).map((r) => r.id));
  const relLines = board.relationships.flatMap((r) =>
    kept.has(r.id) ? relationshipLines(r, names) : [`  // left out, a second relationship between ${cmlComment(names.get(r.upstreamId) ?? '?')} and ${cmlComment(names.get(r.downstreamId) ?? '?')} (a pair has one)`],
  );
  if (relLines.length > 0) lines.push('', ...relLines);
  lines.push('}');

  // An aggregate framed by two contexts is modelled in the first (lint rule A1 flags it).
  const placed = new Set<string>();
  for (const context of board.contexts) {
    const aggregates: Sticky[] = [];
    for (const id of context.memberIds) {
      const s = byId.get(id);
      if (s?.kind !== 'aggregate' || placed.has(s.id)) continue;
      placed.add(s.id);
      aggregates.push(s);
    }
    lines.push('', ...contextBlock(board, context, names.get(context.id) ?? 'Context', aggregates, scope, byId));
  }
  return `${lines.join('\n')}\n`;
}
