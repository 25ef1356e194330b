import type { AggregatePlan, CommandPlan, EventPlan, FieldPlan } from '../../plan/types';
import { javaIdent, javaString } from '../../naming/javaNames';
import { creates, hasBody, lifecycleStateUnlessCarried } from '../view/commandCode';
import type { JavaSource } from './javaCode';
import { clockSource, fill, javaComment, mapSources, valueType } from './javaCode';
import { JavaOpen } from './javaOpen';

/**
 * The default behaviour of a command in Java, with the TypeScript target's semantics
 * (`view/commandCode.ts`): load (or create), check the lifecycle (refuse: rejection event
 * + 409), apply the body, move to the success event's state, save with `@Version`,
 * publish exactly one event through the outbox, return the aggregate.
 */

/** The id parameter name of an aggregate in Java. */
export const idVar = (agg: AggregatePlan): string => javaIdent(agg.idParam);

function aggregateSources(agg: AggregatePlan, map: string): JavaSource[] {
  const key: JavaSource = { expr: `${map}.get(${javaString(agg.idParam)})`, field: { prop: agg.idParam, type: agg.idField?.type ?? 'string', list: false }, optional: false };
  return [key, ...mapSources(map, agg.fields)];
}

/**
 * The lifecycle state as a source for a field named like it (`status`), unless the request
 * carries that field (the TS target's `stateUnlessCarried`): the lifecycle decides it, never an open value.
 */
function stateSource(command: CommandPlan, f: FieldPlan, leadsTo: string | null): JavaSource[] {
  const state = lifecycleStateUnlessCarried(command, f, leadsTo);
  return state === null ? [] : [{ expr: javaString(state), field: f, optional: false }];
}

/** A command's `…Open` values: members take `current` unless it creates. */
export function javaCommandOpen(command: CommandPlan): JavaOpen {
  const c = creates(command);
  return new JavaOpen(c ? '' : 'Map<String, Object> current', c ? '' : 'current', command.name || command.pascal);
}

/** `outbox.publish(…)` of one event, its fields filled from `sources`; required fields nobody carries become open values. */
function publishCall(event: EventPlan, sources: readonly JavaSource[], keyExpr: string, indent: string, open: JavaOpen, command: CommandPlan, versionExpr: string | null = null): string {
  const entries: string[] = [];
  if (event.keyProp) entries.push(`${javaString(event.keyProp)}, ${keyExpr}`);
  for (const f of event.fields) {
    const clock = clockSource(f);
    const value = fill(f, [...stateSource(command, f, event.leadsTo), ...sources, ...(clock ? [clock] : [])], () =>
      open.use(f.prop, valueType(f), `${event.pascal}.${f.prop}`, `neither the request of ${command.name || command.pascal} nor the ${command.aggregate.pascal} carries it`),
    );
    if (value !== null) entries.push(`${javaString(f.prop)}, ${value}`);
  }
  const map = entries.length === 0 ? 'Values.map()' : `Values.map(\n${entries.map((e) => `${indent}    ${e}`).join(',\n')})`;
  const version = versionExpr === null ? '' : `${versionExpr}, `;
  return `${indent}outbox.publish(${javaString(event.pascal)}, ${javaString(event.channel)}, ${keyExpr}, ${version}${map});`;
}

function resultingState(command: CommandPlan): string | null {
  const lifecycle = command.aggregate.lifecycle;
  const success = command.success[0];
  const state = lifecycle && success ? lifecycle.leadsTo.get(success.id) : undefined;
  return state === undefined ? null : javaString(state);
}

/** Parameters of the default method (and the handler): id, body, open values. */
export function commandParams(command: CommandPlan, open: JavaOpen | null): string[] {
  const params: string[] = [];
  if (!creates(command) && command.http.kind !== 'list') params.push(`String ${idVar(command.aggregate)}`);
  if (hasBody(command)) params.push(`${command.requestType} body`);
  if (open && !open.empty) params.push(`${command.pascal}Open open`);
  return params;
}

function guard(command: CommandPlan, open: JavaOpen): string[] {
  const lifecycle = command.aggregate.lifecycle;
  if (!lifecycle || command.acceptedIn === null || creates(command)) return [];
  const states = `List.of(${command.acceptedIn.map(javaString).join(', ')})`;
  const what = javaString(`${command.name || command.pascal} is not accepted while the ${command.aggregate.pascal} is `);
  const args = [...refusalArgs(command), `${what} + entity.getLifecycleState() + "."`, ...(open.empty ? [] : ['open'])];
  return [`    if (!${states}.contains(entity.getLifecycleState())) {`, `      throw refuse${command.pascal}(${args.join(', ')});`, '    }'];
}

function refusalArgs(command: CommandPlan): string[] {
  return [...(creates(command) ? [] : [idVar(command.aggregate)]), ...(hasBody(command) ? ['body'] : [])];
}

function load(agg: AggregatePlan): string[] {
  const id = idVar(agg);
  return [
    `    ${agg.pascal}Entity entity = repository.findById(${id})`,
    `        .orElseThrow(() -> new NotFoundException(${javaString(`No ${agg.pascal} with id `)} + ${id} + "."));`,
    '    Map<String, Object> current = entity.json();',
  ];
}

/** Body of the default method. */
export function javaCommandBody(command: CommandPlan, open: JavaOpen): string {
  const agg = command.aggregate;
  const lines: string[] = [];
  const reqSources = hasBody(command) ? mapSources('req', command.fields) : [];
  if (hasBody(command)) lines.push('    Map<String, Object> req = Values.toMap(body);');
  // After a save the event carries the aggregate's new version (read models order by it); a delete has none.
  const publish = (map: string, saved = true) => {
    const success = command.success[0];
    if (success) lines.push(publishCall(success, [...reqSources, ...aggregateSources(agg, map)], 'entity.getId()', '    ', open, command, saved ? 'entity.getVersion()' : null));
    for (const other of command.success.slice(1)) lines.push(`    // TODO: the board also records ${javaComment(other.pascal)} as a success of this command; publish it instead when it applies.`);
  };
  const state = resultingState(command);
  switch (command.http.kind) {
    case 'list':
      return '    return repository.findAll(Sort.by("id"));';
    case 'get':
      return [...load(agg).slice(0, 2), '    return entity;'].join('\n');
    case 'delete':
      lines.push(...load(agg), ...guard(command, open), '    repository.delete(entity);', '    repository.flush();');
      publish('current', false);
      return lines.join('\n');
    case 'create':
    case 'collectionAction': {
      lines.push(command.idField ? `    String id = Values.text(req.get(${javaString(agg.idParam)}), newId());` : '    String id = newId();');
      lines.push(`    if (repository.existsById(id)) throw new ConflictException(${javaString(`${agg.pascal} `)} + id + " already exists.");`);
      let stateExpr = 'null';
      if (agg.lifecycle) {
        const why = command.success[0]
          ? `the board records no state that ${command.success[0].pascal} leads to (Aggregate Design Canvas)`
          : `${command.name || command.pascal} records no success event, so no state it leads to`;
        stateExpr = state ?? open.use(agg.lifecycle.prop, 'String', `${agg.pascal}.${agg.lifecycle.prop}`, why);
      }
      lines.push(`    ${agg.pascal}Entity entity = new ${agg.pascal}Entity(id, ${stateExpr});`);
      for (const f of agg.fields) {
        const clock = clockSource(f);
        const value = fill(f, [...stateSource(command, f, command.success[0]?.leadsTo ?? null), ...reqSources, ...(clock ? [clock] : [])], () =>
          f.list ? 'new ArrayList<>()' : open.use(f.prop, valueType(f), `${agg.pascal}.${f.prop}`, `the request of ${command.name || command.pascal} does not carry it`),
        );
        if (value !== null) lines.push(`    entity.put(${javaString(f.prop)}, ${value});`);
      }
      lines.push('    entity = repository.saveAndFlush(entity);', '    Map<String, Object> next = entity.json();');
      publish('next');
      lines.push('    return entity;');
      return lines.join('\n');
    }
    case 'update':
    case 'replace':
    case 'action': {
      lines.push(...load(agg), ...guard(command, open));
      const sources = [...reqSources, ...aggregateSources(agg, 'current')];
      for (const f of agg.fields) {
        const moved = stateSource(command, f, command.success[0]?.leadsTo ?? null);
        if (moved.length === 0 && !command.fields.some((c) => c.prop === f.prop)) continue;
        const value = fill(f, moved.length > 0 ? moved : sources);
        if (value !== null) lines.push(`    entity.put(${javaString(f.prop)}, ${value});`);
      }
      if (agg.lifecycle && state !== null) lines.push(`    entity.setLifecycleState(${state});`);
      lines.push('    entity = repository.saveAndFlush(entity);', '    Map<String, Object> next = entity.json();');
      publish('next');
      lines.push('    return entity;');
      return lines.join('\n');
    }
  }
}

/** Body of the refusal method: publish the (first) rejection event, then return the 409 exception for the caller to throw. */
export function javaRefusalBody(command: CommandPlan, open: JavaOpen): string {
  const agg = command.aggregate;
  const rejection = command.rejections[0];
  const lines: string[] = [];
  const reason: JavaSource = { expr: 'reason', field: { prop: 'reason', type: 'string', list: false }, optional: false };
  if (rejection) {
    const sources: JavaSource[] = [reason];
    if (hasBody(command)) {
      lines.push('    Map<String, Object> req = Values.toMap(body);');
      sources.push(...mapSources('req', command.fields));
    }
    let keyExpr: string;
    if (creates(command)) {
      keyExpr = command.idField ? `Values.text(req.get(${javaString(agg.idParam)}), newId())` : 'newId()';
    } else {
      lines.push(...load(agg));
      sources.push(...aggregateSources(agg, 'current'));
      keyExpr = 'entity.getId()';
    }
    lines.push(publishCall(rejection, sources, keyExpr, '    ', open, command));
  }
  lines.push(`    return new RefusedException(${javaString(`${command.pascal} refused: `)} + reason);`);
  return lines.join('\n');
}

/** The method's return type. */
export function javaResultType(command: CommandPlan): string {
  if (command.http.kind === 'list') return `List<${command.aggregate.pascal}Entity>`;
  if (command.http.kind === 'delete') return 'void';
  return `${command.aggregate.pascal}Entity`;
}

/** Default and refusal bodies of a command and its open values (rendered twice so both know the final set). */
export function javaCommandCode(command: CommandPlan): { body: string; refusal: string; open: JavaOpen } {
  const open = javaCommandOpen(command);
  javaCommandBody(command, open);
  javaRefusalBody(command, open);
  return { body: javaCommandBody(command, open), refusal: javaRefusalBody(command, open), open };
}
