// Validators for timed-event schedules. Hand-written because the model depends on zod
// only; they accept the common five-field cron dialect and ISO 8601 durations.

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

/** min, max and names (index + min = value) of the five cron fields, in order. */
const CRON_FIELDS: readonly { min: number; max: number; names?: readonly string[] }[] = [
  { min: 0, max: 59 }, // minute
  { min: 0, max: 23 }, // hour
  { min: 1, max: 31 }, // day of month
  { min: 1, max: 12, names: MONTHS },
  { min: 0, max: 7, names: DAYS }, // 0 and 7 are both Sunday; names count from min
];

const MACROS = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);

function cronValue(text: string, field: (typeof CRON_FIELDS)[number]): number | null {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= field.min && n <= field.max ? n : null;
  }
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  return named >= 0 ? named + field.min : null;
}

function isCronPart(part: string, field: (typeof CRON_FIELDS)[number]): boolean {
  const [range, step, ...extra] = part.split('/');
  if (extra.length > 0 || range === undefined) return false;
  if (step !== undefined && !(/^\d{1,2}$/.test(step) && Number(step) > 0)) return false;
  if (range === '*') return true;
  const [from, to, ...more] = range.split('-');
  if (more.length > 0 || from === undefined) return false;
  const a = cronValue(from, field);
  if (a === null) return false;
  if (to === undefined) return true; // "5" or "5/10" (from 5, every 10)
  const b = cronValue(to, field);
  return b !== null && a <= b;
}

/**
 * Whether `text` is a five-field cron expression (minute hour day-of-month month
 * day-of-week; `*`, lists, ranges, steps, month and day names) or a macro like `@daily`.
 */
export function isCronExpression(text: string): boolean {
  const trimmed = text.trim();
  if (MACROS.has(trimmed.toLowerCase())) return true;
  const parts = trimmed.split(/\s+/);
  if (parts.length !== CRON_FIELDS.length) return false;
  return parts.every((part, i) => part.split(',').every((p) => isCronPart(p, CRON_FIELDS[i] as (typeof CRON_FIELDS)[number])));
}

const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

/** Whether `text` is a non-zero ISO 8601 duration such as "P14D", "PT2H30M" or "P1M". */
export function isIsoDuration(text: string): boolean {
  return ISO_DURATION.test(text) && /[1-9]/.test(text);
}
