import { describe, expect, it } from 'vitest';
import { CURRENT_BOARD_VERSION } from '../migrations/index';
import { generateLargeBoard } from '../testing/generateLargeBoard';
import type { BoardFileError } from './BoardFileError';
import { parseBoardFile, parseBoardValue } from './parse';
import { serialiseBoard } from './serialise';

const sampleText = () => serialiseBoard(generateLargeBoard({ stickies: 20, links: 10, contexts: 2, seed: 9 }));
const refused = (result: ReturnType<typeof parseBoardFile>): BoardFileError[] => {
  if (result.ok) throw new Error('expected the file to be refused');
  for (const error of result.errors) expect(error.message.length + error.path.length).toBeLessThan(400);
  return result.errors;
};
const head = `{"format":"stormscape.board","version":${CURRENT_BOARD_VERSION},"board":`;

describe('hostile files give errors, never exceptions', () => {
  it('huge strings are reported by length, not echoed', () => {
    const file = JSON.parse(sampleText());
    file.board.stickies[0].text = 'x'.repeat(2_000_000);
    file.board.name = 'y'.repeat(2_000_000);
    const errors = refused(parseBoardValue(file));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['$.board.name', 'text too long (2000000 characters)'],
      ['$.board.stickies[0].text', 'text too long (2000000 characters)'],
    ]);
  });

  it('deep nesting where a value belongs is a type error', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(refused(parseBoardFile(deep))[0]?.message).toContain('expected a board file object but got an array');
    const text = `${head}{"name":${deep},"stickies":{"a":${'{"b":'.repeat(50_000)}1${'}'.repeat(50_000)}}}}`;
    expect(refused(parseBoardFile(text)).slice(0, 2)).toMatchObject([
      { path: '$.board.name', message: 'wrong type: got an array' },
      { path: '$.board.goals', message: 'missing' },
    ]);
  });

  it('__proto__ keys are reported and pollute nothing', () => {
    const text = sampleText()
      .replace('"format"', '"__proto__": {"polluted": true}, "format"')
      .replace('"nodePositions": {}', '"nodePositions": {"__proto__": {"x": 1, "y": 2}}')
      .replace('"kind": "aggregate"', '"kind": "aggregate", "__proto__": {"kind": "event"}');
    const errors = refused(parseBoardFile(text));
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['$.__proto__', 'unknown property'],
      ['$.board.boris.nodePositions.__proto__', 'the key "__proto__" is not allowed'],
      [expect.stringMatching(/^\$\.board\.stickies\[\d+\]\.__proto__$/), 'unknown property'],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('constructor and toString as keys or ids are handled', () => {
    const text = sampleText().replace('"nodePositions": {}', '"nodePositions": {"constructor": {"x": 1, "y": 2}, "toString": {"x": 3, "y": 4}}');
    const result = parseBoardFile(text);
    expect(result.ok && Object.keys(result.board.boris.nodePositions)).toEqual(['constructor', 'toString']);
    const file = JSON.parse(sampleText());
    file.board.goals[0].id = 'hasOwnProperty';
    expect(refused(parseBoardValue(file))).toMatchObject([{ path: '$.board.goals[0].id', message: 'the id "hasOwnProperty" is reserved' }]);
  });

  it('long and odd keys are shortened in paths', () => {
    const file = JSON.parse(sampleText());
    file.board[`${'k'.repeat(10_000)} "quoted"`] = 1;
    expect(refused(parseBoardValue(file))[0]?.path).toBe(`$.board["${'k'.repeat(60)}…"]`);
  });

  it('values JSON cannot make (cycles, throwing getters, bigints) are refused politely', () => {
    const file = JSON.parse(sampleText());
    file.board.stickies[0].position = file.board;
    file.board.goals[0].keyResults = [10n];
    Object.defineProperty(file.board.links[0], 'label', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => parseBoardValue(file)).not.toThrow();
    expect(parseBoardValue(file).ok).toBe(false);
  });

  it('a million junk records are capped, not all reported', () => {
    const text = `${head}{"stickies":[${Array.from({ length: 200_000 }, () => '0').join(',')}]}}`;
    const errors = refused(parseBoardFile(text));
    expect(errors).toHaveLength(201);
    expect(errors.at(-1)?.message).toMatch(/^… and \d+ more$/);
  });
});
