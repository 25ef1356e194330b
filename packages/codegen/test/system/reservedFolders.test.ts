import { describe, expect, it } from 'vitest';
import { generateProject } from '../../src/index';
import { FixtureBuilder, fields } from '../fixtureBoard';

function boardWith(contextName: string) {
  const b = new FixtureBuilder('Shop');
  const ctx = b.context(contextName);
  const thing = b.sticky('aggregate', 'Thing', ctx, { fields: fields('thingId: uuid') });
  const make = b.sticky('command', 'Make Thing', ctx, { at: 1 });
  const made = b.sticky('event', 'Thing Made', ctx, { at: 1, fields: fields('thingId: uuid') });
  b.flow(null, make, thing, [made]);
  return b.board;
}

// The system-level output owns some top-level folders (gateway/, scripts/, slices/, deploy/)
// and compose/k8s names (postgres, kafka, zipkin). A context whose folder would be one of them
// is refused with an error naming it, never merged into the system's own files.
describe('contexts named like the system-level folders', () => {
  for (const name of ['Gateway', 'Scripts', 'Slices', 'Deploy', 'Kafka']) {
    it(`refuses a context "${name}" with an error that names it`, () => {
      expect(() => generateProject(boardWith(name))).toThrow(new RegExp(`context "${name}" has the folder name "${name.toLowerCase()}"`));
    });
  }

  it('a context whose slug only starts like one is fine', () => {
    const files = generateProject(boardWith('Gateway Billing'));
    expect(files.has('gateway-billing/package.json')).toBe(true);
    expect(files.has('gateway/package.json')).toBe(true);
  });
});
