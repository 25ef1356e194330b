import { describe, expect, it } from 'vitest';
import type { Field } from '../schema/Field';
import { findingsOf } from './lintTestUtil';
import { testBoard } from './testBoard';

const field = (name: string, type: Field['type'] = 'uuid', required = true): Field => ({ name, type, required, list: false, description: '' });

/** "Repair Job" created by "Book Repair" (which carries customerId), with `fields`. */
const repairShop = (fields: Field[]) =>
  testBoard()
    .add('command', 'book', 'Book Repair', { ctx: 'workshop', fields: [field('customerId'), field('problem', 'text')] })
    .add('aggregate', 'job', 'Repair Job', { ctx: 'workshop', creatingCommandId: 'book', fields })
    .link('book', 'job')
    .build();

describe('A3 aggregate identity under another name', () => {
  it('warns at the design level about a required id-like field that nothing fills, naming the identity', () => {
    const board = repairShop([field('repairId'), field('customerId'), field('problem', 'text')]);
    const findings = findingsOf(board, 'A3');
    expect(findings.map((f) => [f.ids, f.severity])).toEqual([[['job'], 'warning']]);
    expect(findings[0]?.message).toContain('identified by "repairJobId"');
    expect(findings[0]?.message).toContain('"repairId"');
    expect(findings[0]?.message).toContain('"Book Repair"');
    expect(findingsOf(board, 'A3', { level: 'process' })).toEqual([]);
  });
  it('counts a look-alike the creating command carries only as optional as unfilled, as the slice walk does', () => {
    const board = testBoard()
      .add('command', 'book', 'Book Repair', { ctx: 'workshop', fields: [field('repairId', 'uuid', false)] })
      .add('aggregate', 'job', 'Repair Job', { ctx: 'workshop', creatingCommandId: 'book', fields: [field('repairId')] })
      .link('book', 'job')
      .build();
    expect(findingsOf(board, 'A3')).toHaveLength(1);
  });
  it('recognises the usual ways of writing an id, and a bare "id"', () => {
    for (const name of ['repair_id', 'Repair ID', 'repairID', 'id']) expect(findingsOf(repairShop([field(name, 'string')]), 'A3'), name).toHaveLength(1);
  });
  it('is quiet when the identity is there, or the look-alike is carried by the creating command, optional, a list or not an id', () => {
    expect(findingsOf(repairShop([field('repairJobId'), field('repairId')]), 'A3')).toEqual([]);
    expect(findingsOf(repairShop([field('Repair Job ID')]), 'A3')).toEqual([]);
    expect(findingsOf(repairShop([field('customerId')]), 'A3')).toEqual([]);
    expect(findingsOf(repairShop([field('mechanicId', 'uuid', false)]), 'A3')).toEqual([]);
    expect(findingsOf(repairShop([field('paid', 'boolean'), field('void', 'string')]), 'A3')).toEqual([]);
  });
});
