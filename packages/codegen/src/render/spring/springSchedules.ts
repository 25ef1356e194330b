import type { ContextPlan } from '../../plan/types';
import { javaComment, javaString } from './javaCode';

/**
 * What `generated/Schedules.java` needs (the Java side of `view/scheduleView.ts`): per timed
 * event the service raises, its schedule and the Java building its fields (from the trigger's
 * payload `from`, or the moment `at` it is due); per timed event it cannot schedule, the TODO
 * line (`generate` warns with the same text).
 */
export function springSchedules(ctx: ContextPlan) {
  const timers = ctx.timers.map((t) => {
    const entries = t.fields.map((f) => `${javaString(f.field.prop)}, ${f.source.kind === 'trigger' ? `from.get(${javaString(f.source.field.prop)})` : 'at.toString()'}`);
    const event = `new TimerSchedule.TimedEvent(${javaString(t.event.pascal)}, ${javaString(t.event.channel)}, Values.map(${entries.join(', ')}))`;
    if (t.schedule.kind === 'after') {
      return {
        doc: javaComment(`"${t.event.name}": ${t.schedule.duration} after "${t.schedule.trigger.name}".`),
        code: `new TimerSchedule.After(${javaString(t.event.pascal)}, ${javaString(t.schedule.trigger.pascal)}, ${javaString(t.schedule.duration)}, (from, at) -> ${event})`,
      };
    }
    return {
      doc: javaComment(`"${t.event.name}": at "${t.schedule.expression}" (cron).`),
      code: `new TimerSchedule.Cron(${javaString(t.event.pascal)}, ${javaString(t.schedule.expression)}, at -> ${event})`,
    };
  });
  return { timers, unscheduled: ctx.unscheduled.map((u) => javaComment(u.why)) };
}
