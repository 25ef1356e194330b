import { describe, expect, it } from 'vitest';
import { CURRENT_BOARD_VERSION } from '../migrations/index';
import { generateLargeBoard } from '../testing/generateLargeBoard';
import type { BoardFileError } from './BoardFileError';
import { MAX_REPORTED_ERRORS } from './BoardFileError';
import { parseBoardFile, parseBoardValue } from './parse';
import { serialiseBoard } from './serialise';

type Json = Record<string, unknown> & { board: Record<string, unknown> & { stickies: Record<string, unknown>[] } };
const sampleFile = (): Json => JSON.parse(serialiseBoard(generateLargeBoard({ stickies: 40, links: 30, contexts: 2, seed: 5 })));
const errorsOf = (value: unknown): BoardFileError[] => {
  const result = typeof value === 'string' ? parseBoardFile(value) : parseBoardValue(value);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors;
};
const sticky = (file: Json, n: number) => {
  const s = file.board.stickies[n];
  if (!s) throw new Error(`no sticky ${n}`);
  return s;
};

describe('parseBoardFile', () => {
  it('loads a current file as is', () => {
    const text = serialiseBoard(generateLargeBoard({ stickies: 40, links: 30, contexts: 2, seed: 5 }));
    const result = parseBoardFile(text);
    expect(result.ok && result.migratedFrom).toBe(null);
    expect(result.ok && serialiseBoard(result.board)).toBe(text);
  });

  it('accepts a leading byte-order mark', () => {
    expect(parseBoardFile(`\ufeff${serialiseBoard(generateLargeBoard({ stickies: 5, contexts: 1 }))}`).ok).toBe(true);
  });

  it('says where a file stops being JSON', () => {
    expect(errorsOf('{\n  "format": "stormscape.board",\n  "version": 3\n  "board": {}\n}')).toEqual([
      { path: '$', message: `not valid JSON at line 4, column 3: expected ',' or '}' but found "\\""`, expected: 'a JSON board file' },
    ]);
    expect(errorsOf('')[0]?.message).toBe('not valid JSON at line 1, column 1: the file is empty');
  });
});

describe('the envelope', () => {
  it('must be an object', () => {
    for (const value of [null, [], 42, 'board', true]) expect(parseBoardValue(value)).toMatchObject({ ok: false, errors: [{ path: '$', message: expect.stringContaining('expected a board file object') }] });
  });

  it('must say it is a Stormscape board and give every problem at once', () => {
    expect(errorsOf({ format: 'excalidraw', version: 'two', extra: 1 })).toEqual([
      { path: '$.format', message: 'not a Stormscape board file (format is "excalidraw")', expected: '"stormscape.board"' },
      { path: '$.version', message: 'the version must be a whole number, got a string', expected: `an integer from 1 to ${CURRENT_BOARD_VERSION}` },
      { path: '$.board', message: 'missing', expected: 'an object' },
      { path: '$.extra', message: 'unknown property', expected: 'only format, version, board' },
    ]);
    expect(errorsOf({ version: 1, board: {} })).toMatchObject([{ path: '$.format', message: 'missing: this is not a Stormscape board file' }]);
  });

  it('needs a whole-number version it knows', () => {
    const file = sampleFile();
    for (const version of [undefined, 2.5, '3', null, 0, -1]) {
      expect(errorsOf({ ...file, version })).toMatchObject([{ path: '$.version' }]);
    }
  });

  it('refuses a version newer than the code instead of guessing', () => {
    const errors = errorsOf({ ...sampleFile(), version: CURRENT_BOARD_VERSION + 1 });
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('$.version');
    expect(errors[0]?.message).toContain('newer Stormscape');
    expect(errors[0]?.message).toContain(`file version ${CURRENT_BOARD_VERSION + 1}`);
  });

  it('needs a board object', () => {
    expect(errorsOf({ ...sampleFile(), board: [] })).toEqual([{ path: '$.board', message: 'wrong type: got an array', expected: 'an object' }]);
  });
});

describe('the board', () => {
  it('reports unknown kinds, wrong types and missing fields with JSON paths', () => {
    const file = sampleFile();
    sticky(file, 3).kind = 'bogus';
    sticky(file, 4).text = 12;
    delete sticky(file, 5).position;
    file.board.name = null;
    expect(errorsOf(file)).toEqual([
      { path: '$.board.name', message: 'wrong type: got null', expected: 'a string' },
      { path: '$.board.stickies[3].kind', message: 'unknown kind "bogus"', expected: expect.stringContaining('one of "event", "command"') },
      { path: '$.board.stickies[4].text', message: 'wrong type: got a number', expected: 'a string' },
      { path: '$.board.stickies[5].position', message: 'missing', expected: 'an object' },
    ]);
  });

  it('reports unknown properties instead of silently dropping them', () => {
    const file = sampleFile();
    file.board.stickys = [];
    sticky(file, 0).colour = '#FF0000';
    expect(errorsOf(file).map((e) => [e.path, e.message])).toEqual([
      ['$.board.stickies[0].colour', 'unknown property'],
      ['$.board.stickys', 'unknown property'],
    ]);
  });

  it('reports kind-specific properties on the wrong kind, bad ids, colours and sizes', () => {
    const file = sampleFile();
    const command = file.board.stickies.findIndex((s) => s.kind === 'command');
    sticky(file, command).pivotal = true;
    sticky(file, 0).id = 'has space';
    sticky(file, 1).size = { width: 0, height: 10 };
    const contexts = file.board.contexts as Record<string, unknown>[];
    if (contexts[0]) contexts[0].colour = 'red';
    expect(errorsOf(file)).toEqual(
      expect.arrayContaining([
        { path: `$.board.stickies[${command}].pivotal`, message: expect.stringContaining('only allowed on event'), },
        { path: '$.board.stickies[0].id', message: 'badly formed value "has space"', expected: 'an id of 1–64 letters, digits, "-" or "_"' },
        { path: '$.board.stickies[1].size.width', message: 'too small', expected: 'greater than 0' },
        { path: '$.board.contexts[0].colour', message: 'badly formed value "red"', expected: 'a colour like "#FFA960"' },
      ]),
    );
  });

  it('reports every error, up to a cap that says how many more there were', () => {
    const file = sampleFile();
    file.board.stickies = Array.from({ length: 1000 }, () => ({ id: 'x', kind: 'nope' }));
    const errors = errorsOf(file);
    expect(errors).toHaveLength(MAX_REPORTED_ERRORS + 1);
    expect(errors.at(-1)?.message).toMatch(/^… and \d+ more$/);
  });

  it('reports errors of a migrated file at the paths of the file', () => {
    const file = { format: 'stormscape.board', version: 1, board: { name: 'Old', goals: [], links: [], contexts: [], swimlanes: [], stickies: [{ id: 'a', kind: 'event', text: 'Paid', position: { x: 0, y: 0 }, size: { width: 1, height: 1 }, laneId: 'nowhere' }, { id: 'b', kind: 'evnt' }] } };
    expect(errorsOf(file).map((e) => e.path)).toEqual(['$.board.stickies[1].kind', '$.board.stickies[1].text', '$.board.stickies[1].position', '$.board.stickies[1].size', '$.board.stickies[1].laneId', '$.board.stickies[0].laneId']);
  });

  it('does not change the value it was given', () => {
    const file = { format: 'stormscape.board', version: 1, board: { name: 'Old', goals: [], stickies: [], links: [], contexts: [{ id: 'c', name: 'C', position: { x: 0, y: 0 }, size: { width: 1, height: 1 }, memberIds: [] }], swimlanes: [] } };
    const before = structuredClone(file);
    const result = parseBoardValue(file);
    expect(result.ok && result.migratedFrom).toBe(1);
    expect(file).toEqual(before);
  });
});
