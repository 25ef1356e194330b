import { describe, expect, it } from 'vitest';
import { checkBoardIntegrity } from '../file/integrity';
import { testBoard } from '../lint/testBoard';
import { Lifecycle, Schedule } from './Decisions';
import { isCronExpression, isIsoDuration } from './schedule';
import { Sticky } from './Sticky';

const base = { text: 'x', description: '', position: { x: 0, y: 0 }, size: { width: 1, height: 1 }, laneId: null };

describe('schedules of timed events', () => {
  it('accept five-field cron expressions and macros, refuse the rest', () => {
    for (const ok of ['0 2 * * *', '*/15 9-17 * * MON-FRI', '0 0 1 jan,jul *', '5/10 * * * 0', '@daily', '59 23 31 12 7']) expect(isCronExpression(ok), ok).toBe(true);
    for (const bad of ['', '* * * *', '60 * * * *', '0 24 * * *', '0 0 0 * *', '0 0 * 13 *', '5-1 * * * *', '*/0 * * * *', 'a b c d e', '@sometimes', '* * * * * *']) {
      expect(isCronExpression(bad), bad).toBe(false);
    }
  });
  it('accept non-zero ISO 8601 durations, refuse the rest', () => {
    for (const ok of ['P14D', 'PT2H30M', 'P1M', 'P1Y2M3DT4H5M6S', 'P2W']) expect(isIsoDuration(ok), ok).toBe(true);
    for (const bad of ['', 'P', 'PT', 'P0D', '14 days', 'P1.5D', 'PT', 'P1DT']) expect(isIsoDuration(bad), bad).toBe(false);
  });
  it('carry their messages into the schema', () => {
    expect(Schedule.safeParse({ kind: 'cron', expression: 'every day' }).success).toBe(false);
    expect(Schedule.safeParse({ kind: 'after', duration: 'P14D', eventId: 'lent' }).success).toBe(true);
  });
});

describe('decisions on stickies', () => {
  it('are only allowed on their kind', () => {
    expect(Sticky.safeParse({ ...base, id: 'c', kind: 'command', outcomes: [{ eventId: 'e', kind: 'success' }] }).success).toBe(true);
    expect(Sticky.safeParse({ ...base, id: 'e', kind: 'event', outcomes: [] }).success).toBe(false);
    expect(Sticky.safeParse({ ...base, id: 'c', kind: 'command', schedule: { kind: 'cron', expression: '@daily' } }).success).toBe(false);
    expect(Sticky.safeParse({ ...base, id: 'p', kind: 'policy', creatingCommandId: 'c' }).success).toBe(false);
  });
  it('refuse an event listed twice as an outcome, and lifecycle states that are not declared', () => {
    expect(Sticky.safeParse({ ...base, id: 'c', kind: 'command', outcomes: [{ eventId: 'e', kind: 'success' }, { eventId: 'e', kind: 'rejection' }] }).success).toBe(false);
    expect(Lifecycle.safeParse({ states: ['A'], acceptedIn: [{ commandId: 'c', states: ['B'] }], transitions: [], invariants: [] }).success).toBe(false);
    expect(Lifecycle.safeParse({ states: ['A', 'A'], acceptedIn: [], transitions: [], invariants: [] }).success).toBe(false);
  });
  it('must name stickies of the right kind (integrity)', () => {
    const board = testBoard().add('command', 'c', 'Do It').add('aggregate', 'g', 'Thing').add('event', 'e', 'It Done').build();
    const set = (id: string, patch: object) => {
      board.stickies = board.stickies.map((s) => (s.id === id ? { ...s, ...patch } : s));
    };
    set('c', { outcomes: [{ eventId: 'g', kind: 'success' }, { eventId: 'nope', kind: 'success' }] });
    set('g', { creatingCommandId: 'e', lifecycle: { states: ['S'], acceptedIn: [{ commandId: 'c', states: ['S'] }], transitions: [{ eventId: 'c', state: 'S' }], invariants: [] } });
    set('e', { schedule: { kind: 'after', duration: 'P1D', eventId: 'c' } });
    expect(checkBoardIntegrity(board).map((e) => `${e.path}: ${e.message}`)).toEqual([
      '$.stickies[0].outcomes[0].eventId: sticky "g" is an aggregate, not an event',
      '$.stickies[0].outcomes[1].eventId: outcome event "nope" does not exist',
      '$.stickies[1].creatingCommandId: sticky "e" is an event, not a command',
      '$.stickies[1].lifecycle.transitions[0].eventId: sticky "c" is a command, not an event',
      '$.stickies[2].schedule.eventId: sticky "c" is a command, not an event',
    ]);
  });
});
