import type { ContextPlan } from '../../plan/types';
import { commentText, str } from '../tsCode';

/**
 * What `src/generated/schedules.ts` needs: per timed event the service raises, its schedule
 * and the code building its payload (from the triggering event, or the moment it fires);
 * per timed event it cannot schedule, the TODO line (`generate` warns with the same text).
 */
export function scheduleView(ctx: ContextPlan) {
  const timers = ctx.timers.map((t) => {
    const trigger = t.schedule.kind === 'after' ? t.schedule.trigger : null;
    const fields = t.fields.map((f) => `${f.field.prop}: ${f.source.kind === 'trigger' ? `from.${f.source.field.prop}` : 'at.toISOString()'}`);
    return {
      after: trigger !== null,
      doc: commentText(t.schedule.kind === 'after' ? `"${t.event.name}": ${t.schedule.duration} after "${t.schedule.trigger.name}".` : `"${t.event.name}": at "${t.schedule.expression}" (cron).`),
      timerLiteral: str(t.event.pascal),
      triggerLiteral: trigger ? str(trigger.pascal) : '',
      triggerPayloadType: trigger ? `${trigger.pascal}Payload` : '',
      durationLiteral: t.schedule.kind === 'after' ? str(t.schedule.duration) : '',
      expressionLiteral: t.schedule.kind === 'cron' ? str(t.schedule.expression) : '',
      eventCamel: t.event.camel,
      fieldsCode: `{ ${fields.join(', ')} }`,
      usesFrom: t.fields.some((f) => f.source.kind === 'trigger'),
    };
  });
  const payloadImports = [...new Set(timers.filter((t) => t.after && t.usesFrom).map((t) => t.triggerPayloadType))].sort();
  return {
    timers,
    payloadImports: payloadImports.join(', '),
    unscheduled: ctx.unscheduled.map((u) => commentText(u.why)),
  };
}
