import type { Schedule } from '@stormscape/model';
import type { EventPlan, FieldPlan, TimerFieldSource, TimerPlan } from './types';

/**
 * Plans the scheduler of one context from the schedules the board records on its timed
 * events (the model's `schedule` decision): "after <duration> of <event>" becomes a
 * durable due-timer written with the triggering event, a cron expression a recurring
 * timer. Each timed-event field is filled from the triggering event (same name and type)
 * or, for a date-time named `…At`, with the moment it fires; anything else required, a
 * missing schedule, or a trigger published by another service leaves the event unscheduled:
 * a TODO in `src/generated/schedules.ts` and a warning, never an invented interval or value.
 */
export function planTimers(
  contextName: string,
  published: readonly EventPlan[],
  scheduleOf: (eventId: string) => Schedule | undefined,
  eventById: (eventId: string) => EventPlan | undefined,
): { readonly timers: TimerPlan[]; readonly open: { readonly event: EventPlan; readonly why: string }[] } {
  const timers: TimerPlan[] = [];
  const open: { event: EventPlan; why: string }[] = [];
  for (const event of published.filter((e) => e.timed)) {
    const schedule = scheduleOf(event.id);
    if (!schedule) {
      open.push({ event, why: 'the board records no schedule for it (a cron expression, or a duration after an event)' });
      continue;
    }
    const trigger = schedule.kind === 'after' ? eventById(schedule.eventId) : undefined;
    if (schedule.kind === 'after' && (!trigger || trigger.ownerContextId !== event.ownerContextId)) {
      open.push({ event, why: `it is due after "${trigger ? trigger.name : schedule.eventId}", which this service does not publish (a timer on another service's event is not generated yet)` });
      continue;
    }
    const fields: { field: FieldPlan; source: TimerFieldSource }[] = [];
    const missing: string[] = [];
    // The trigger's aggregate id is its key field, not one of its fields.
    const carried = trigger ? [...(trigger.keyField && trigger.keyProp ? [{ ...trigger.keyField, prop: trigger.keyProp }] : []), ...trigger.fields] : [];
    for (const field of event.fields) {
      const from = carried.find((f) => f.prop === field.prop && f.type === field.type && f.list === field.list);
      if (from) fields.push({ field, source: { kind: 'trigger', field: from } });
      else if (field.type === 'date-time' && !field.list && /At$/.test(field.prop)) fields.push({ field, source: { kind: 'dueAt' } });
      else if (field.required) missing.push(field.name);
    }
    if (missing.length > 0) {
      const source = trigger ? `"${trigger.name}" carries no field of that name and type` : 'a cron schedule has no event to take it from';
      open.push({ event, why: `nothing fills ${missing.map((m) => `"${m}"`).join(', ')} (${source})` });
      continue;
    }
    timers.push({ event, schedule: schedule.kind === 'after' ? { kind: 'after', duration: schedule.duration, trigger: trigger as EventPlan } : { kind: 'cron', expression: schedule.expression }, fields });
  }
  return { timers, open: open.map((o) => ({ event: o.event, why: `${contextName}: timed event "${o.event.name}" is not scheduled: ${o.why}.` })) };
}
