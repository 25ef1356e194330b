import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Board } from '@stormscape/model';
import { parseBoardFile } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { generateProject, planProject } from '../../index';

const clinic: Board = (() => {
  const parsed = parseBoardFile(readFileSync(join(__dirname, '../../../test/boards/clinic.storm.json'), 'utf8'));
  if (!parsed.ok) throw new Error('clinic.storm.json does not parse');
  return parsed.board;
})();

/** The Schedules.java of the clinic's Booking service (the one that mentions the reminder). */
const schedulesOf = (board: Board): string => {
  const files = generateProject(board, { target: 'spring' });
  const found = [...files].find(([path, text]) => path.endsWith('/generated/Schedules.java') && text.includes('Reminder'));
  if (!found) throw new Error('no Schedules.java mentions the reminder');
  return found[1];
};

describe('Spring schedules', () => {
  it('raise a timed event a duration after its trigger, with the trigger\'s fields (the clinic\'s reminder, P1D after a booking)', () => {
    const java = schedulesOf(clinic);
    expect(java).toMatch(/new TimerSchedule\.After\("ReminderDue", "[A-Za-z]+", "P1D", \(from, at\) -> new TimerSchedule\.TimedEvent\("ReminderDue", "[^"]+", Values\.map\(/);
  });

  it('leave a timed event without a schedule open: a TODO(stormscape) in Schedules.java and the same generate warning, no timer', () => {
    const open: Board = { ...clinic, stickies: clinic.stickies.map((s) => (s.id === 'reminder' ? ({ ...s, schedule: undefined } as unknown as typeof s) : s)) };
    const java = schedulesOf(open);
    const todos = [...java.matchAll(/^\/\/ TODO\(stormscape\): (.*)$/gm)].map((m) => m[1] ?? '');
    expect(todos).toHaveLength(1);
    expect(java).not.toContain('new TimerSchedule.After');
    const warnings = planProject(open).warnings.join('\n');
    expect(warnings).toContain(todos[0]?.slice(0, 40));
  });
});
