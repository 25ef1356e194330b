import type { FieldType, PolicyMode } from '@stormscape/model';

/**
 * The code-generation plan: everything the spec builders and templates need, resolved
 * once from the board. All names in here are already safe (ASCII identifiers, kebab
 * path segments) and unique where they must be; nothing downstream re-derives names.
 */

/** A data field as generated: `prop` is the JSON property and TS property name. */
export interface FieldPlan {
  readonly name: string;
  readonly prop: string;
  readonly type: FieldType;
  readonly list: boolean;
  readonly required: boolean;
  readonly description: string;
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** How a command (or default query) is exposed over HTTP. */
export type OperationKind = 'create' | 'collectionAction' | 'update' | 'replace' | 'delete' | 'action' | 'get' | 'list';

export interface HttpPlan {
  readonly method: HttpMethod;
  /** OpenAPI-style path, e.g. `/orders/{orderId}/cancel`. */
  readonly path: string;
  readonly kind: OperationKind;
  readonly operationId: string;
  /** Success status: 201 for create, 204 for delete, 200 otherwise. */
  readonly status: 200 | 201 | 204;
}

export interface AggregatePlan {
  /** Sticky id of the first aggregate sticky of this name in the context. */
  readonly id: string;
  /** Every aggregate sticky merged into this aggregate (same name, same context). */
  readonly stickyIds: readonly string[];
  readonly name: string;
  readonly description: string;
  /** Schema and type name, e.g. `Order`. */
  readonly pascal: string;
  /** Value name, repository key and handler folder, e.g. `order`. */
  readonly camel: string;
  /** Collection path segment, e.g. `orders`. */
  readonly collection: string;
  /** Path parameter and event key property, e.g. `orderId`. */
  readonly idParam: string;
  /** Board field merged into the aggregate's `id` (same name as idParam), if any. */
  readonly idField: FieldPlan | null;
  readonly fields: readonly FieldPlan[];
  readonly commands: CommandPlan[];
  /** Default `GET` operations not taken over by a command. */
  readonly queries: HttpPlan[];
  /** Events its stickies produce. */
  readonly events: EventPlan[];
  /** Its lifecycle (Aggregate Design Canvas), or null when the board records no states. */
  readonly lifecycle: LifecyclePlan | null;
}

/** The states an aggregate moves through, from the model's `lifecycleOf`. */
export interface LifecyclePlan {
  /** Property holding the state on the aggregate (`state`, unless a board field has that name). */
  readonly prop: string;
  /** Union type of the state names, e.g. `OrderState`. */
  readonly typeName: string;
  /** State names as people wrote them (the values of `prop`). */
  readonly states: readonly string[];
  /** Resulting state per success event sticky id (events without one leave the state as it is). */
  readonly leadsTo: ReadonlyMap<string, string>;
}

export interface CommandPlan {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly pascal: string;
  /** Handler name and operationId, e.g. `placeOrder`. */
  readonly camel: string;
  /** `${pascal}Request`, the request body type and schema. */
  readonly requestType: string;
  readonly aggregate: AggregatePlan;
  /** Body fields (a field naming the aggregate id moves to the path or picks the new id). */
  readonly fields: readonly FieldPlan[];
  readonly idField: FieldPlan | null;
  readonly http: HttpPlan;
  /** Every recorded outcome, successes first (for documentation). */
  readonly events: EventPlan[];
  /**
   * Recorded success outcomes. A call publishes exactly one outcome: the first success
   * when accepted (the others are left to people, with a warning), or the rejection.
   */
  readonly success: EventPlan[];
  /** Recorded rejection outcomes; the first is published when the command is refused. */
  readonly rejections: EventPlan[];
  readonly actors: readonly string[];
  /** Dismissed on the SNAP-E sheet: still generated (the sticky is on the board), marked. */
  readonly dismissed: boolean;
  /** Hand-written handler file stem (unique among the aggregate's commands). */
  readonly fileName: string;
  /** Lifecycle states the command is accepted in; null: every state (nothing recorded). */
  readonly acceptedIn: readonly string[] | null;
}

export type EventProducer =
  | { readonly kind: 'aggregate'; readonly aggregate: AggregatePlan }
  | { readonly kind: 'external'; readonly name: string; readonly id: string }
  | { readonly kind: 'timed' }
  | { readonly kind: 'none' };

export interface EventPlan {
  readonly id: string;
  /** Other stickies with the same name and no producer, read as copies of this event. */
  readonly aliasIds: readonly string[];
  readonly name: string;
  readonly description: string;
  /** Message name and type stem, e.g. `OrderPlaced` (`OrderPlacedPayload`, `OrderPlacedEvent`). */
  readonly pascal: string;
  readonly camel: string;
  /** Channel address shared by publisher and subscribers, e.g. `orders.order-placed`. */
  readonly channel: string;
  /** Channel key in AsyncAPI documents, e.g. `ordersOrderPlaced`. */
  readonly channelKey: string;
  /** Property holding the aggregate id (`orderId`), when produced by an aggregate. */
  readonly keyProp: string | null;
  readonly keyField: FieldPlan | null;
  readonly fields: readonly FieldPlan[];
  readonly producer: EventProducer;
  /** Context that publishes it; null for events heard from external systems. */
  readonly ownerContextId: string | null;
  readonly isPublic: boolean;
  readonly timed: boolean;
  /** The lifecycle state it moves its aggregate to (the model's `stateAfterEvent`), if recorded. */
  readonly leadsTo: string | null;
}

/** Where an updating event carries one key field: its own field (board name), or its aggregate's id. */
export type KeyPartSource = { readonly kind: 'eventField'; readonly field: string } | { readonly kind: 'aggregateId' };

/** How one updating event finds its row, as the board decides (`readModelKeyOf`). */
export type RowFindPlan =
  | { readonly kind: 'find'; readonly parts: readonly { readonly keyField: FieldPlan; readonly source: KeyPartSource }[] }
  | { readonly kind: 'creates' }
  | { readonly kind: 'open'; readonly why: string };

/** A read model's row key: its key fields and, per updating event plan id, how the row is found. */
export interface RowKeyPlan {
  readonly fields: readonly FieldPlan[];
  readonly rows: ReadonlyMap<string, RowFindPlan>;
}

export interface ReadModelPlan {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly pascal: string;
  readonly camel: string;
  readonly collection: string;
  readonly idField: FieldPlan | null;
  readonly fields: readonly FieldPlan[];
  readonly events: readonly EventPlan[];
  /** The row key the board records (reference §7). */
  readonly rowKey: RowKeyPlan;
  readonly list: HttpPlan;
  readonly get: HttpPlan;
  readonly observers: readonly string[];
  /** Its query API is dismissed on the SNAP-E sheet: still generated, marked. */
  readonly dismissed: boolean;
}

/** A command this context issues but does not handle: another context's or an external system's. */
export interface OutboundPlan {
  readonly commandId: string;
  readonly name: string;
  readonly description: string;
  readonly camel: string;
  readonly requestType: string;
  readonly fields: readonly FieldPlan[];
  readonly target:
    | { readonly kind: 'context'; readonly contextId: string; readonly contextName: string; readonly method: HttpMethod; readonly path: string; readonly operationId: string }
    | { readonly kind: 'external'; readonly id: string; readonly name: string }
    | { readonly kind: 'none' };
}

/** A command a policy issues: handled here, called on another service, or a call the team hid or made async on Boris. */
export type IssuedCommand =
  | { readonly kind: 'local'; readonly command: CommandPlan }
  | { readonly kind: 'outbound'; readonly outbound: OutboundPlan }
  | { readonly kind: 'dropped'; readonly commandId: string; readonly name: string; readonly why: 'hidden' | 'async' };

/** Where one field of a command a policy issues takes its value (the model's `policyMapping`). */
export type FieldValueSource =
  | { readonly kind: 'eventField'; readonly field: string }
  | { readonly kind: 'constant'; readonly value: string }
  | { readonly kind: 'readModel'; readonly readModelName: string; readonly field: string }
  | { readonly kind: 'unmapped'; readonly stale: boolean };

/** The mapping of one issued command: per board field name, its source. */
export interface IssuedMapping {
  readonly commandId: string;
  readonly fields: ReadonlyMap<string, FieldValueSource>;
}

export interface PolicyPlan {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly pascal: string;
  readonly camel: string;
  readonly mode: PolicyMode;
  readonly triggers: readonly EventPlan[];
  readonly issues: readonly IssuedCommand[];
  /** Per issued command id, where each of its fields comes from. */
  readonly mappings: ReadonlyMap<string, IssuedMapping>;
}

export interface RiskPlan {
  readonly id: string;
  readonly text: string;
  readonly description: string;
  readonly resolved: boolean;
}

export interface ContextPlan {
  readonly id: string;
  readonly name: string;
  readonly purpose: string;
  /** Output folder, e.g. `ordering`. */
  readonly slug: string;
  readonly pascal: string;
  readonly camel: string;
  readonly aggregates: readonly AggregatePlan[];
  readonly readModels: readonly ReadModelPlan[];
  readonly policies: readonly PolicyPlan[];
  readonly published: readonly EventPlan[];
  readonly subscribed: readonly EventPlan[];
  readonly outbound: readonly OutboundPlan[];
  readonly externals: readonly { readonly id: string; readonly name: string }[];
  /** Hotspots in the context, then risks written by hand on its SNAP-E sheet. */
  readonly risks: readonly RiskPlan[];
  /** Other hand-written SNAP-E entries (not generated; listed in the README). */
  readonly snapNotes: readonly { readonly section: string; readonly text: string }[];
  readonly actors: readonly string[];
  /** The board's thin slices: name and event sticky ids in order (for projection tests). */
  readonly slices: readonly { readonly name: string; readonly eventIds: readonly string[] }[];
  /** operationId of the health endpoint (normally `getHealth`). */
  readonly healthOperationId: string;
  /** Timed events this service raises from the board's schedules (`planTimers`). */
  readonly timers: readonly TimerPlan[];
  /** Timed events it publishes but cannot schedule, each with a warning's text (a TODO in schedules.ts). */
  readonly unscheduled: readonly { readonly event: EventPlan; readonly why: string }[];
}

/** Where a timed event's field comes from: the triggering event's field, or the moment it fires. */
export type TimerFieldSource = { readonly kind: 'trigger'; readonly field: FieldPlan } | { readonly kind: 'dueAt' };

/** A timed event raised by the service's scheduler. */
export interface TimerPlan {
  readonly event: EventPlan;
  readonly schedule: { readonly kind: 'after'; readonly duration: string; readonly trigger: EventPlan } | { readonly kind: 'cron'; readonly expression: string };
  readonly fields: readonly { readonly field: FieldPlan; readonly source: TimerFieldSource }[];
}

/** An event crossing context boundaries, for the index README. */
export interface EventFlow {
  readonly event: EventPlan;
  readonly from: string;
  readonly to: readonly string[];
}

export interface ProjectPlan {
  readonly boardName: string;
  readonly contexts: readonly ContextPlan[];
  readonly flows: readonly EventFlow[];
  readonly syncCalls: readonly { readonly from: string; readonly to: string; readonly command: string }[];
  readonly warnings: readonly string[];
}
