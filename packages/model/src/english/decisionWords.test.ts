import { describe, expect, it } from 'vitest';
import { CREATE_VERBS, NEVER_CREATE_VERBS, VERB_CLASSES, verbClassOf } from './decisionWords';

describe('verb classes (the one list of command verbs)', () => {
  it('classifies plain CRUD verbs and leaves domain verbs as other', () => {
    expect(['place', 'update', 'replace', 'delete', 'get', 'list', 'cancel', 'constructor'].map(verbClassOf)).toEqual([
      'create', 'update', 'replace', 'delete', 'get', 'list', 'other', 'other',
    ]);
  });
  it('derives the create and never-create sets from it', () => {
    expect([...CREATE_VERBS]).toEqual([...VERB_CLASSES.create]);
    for (const verb of [...VERB_CLASSES.update, ...VERB_CLASSES.delete, 'cancel']) expect(NEVER_CREATE_VERBS.has(verb), verb).toBe(true);
    for (const verb of VERB_CLASSES.create) expect(NEVER_CREATE_VERBS.has(verb), verb).toBe(false);
  });
});
