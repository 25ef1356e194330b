import { getExample } from '@stormscape/model/examples';
import type { Board } from '@stormscape/model';
import { describe, expect, it } from 'vitest';
import { createGenerator } from './generator';

// Node has no Web Worker: this exercises the main-thread fallback and the
// "newest request wins" bookkeeping, which are the same for both paths.
const board = (): Board => {
  const example = getExample('library-lending');
  if (!example) throw new Error('library-lending example missing');
  return example.board;
};

describe('createGenerator', () => {
  it('answers the newest request and drops the ones it superseded', async () => {
    const g = createGenerator();
    const b = board();
    const first = g.run(b);
    const second = g.run({ ...b, name: 'second' });
    const third = g.run({ ...b, name: 'third' });
    expect(await first).toBeNull(); // was running when newer requests came
    expect(await second).toBeNull(); // replaced while queued
    const result = await third;
    expect(result?.ok).toBe(true);
    if (result?.ok) expect(result.files.find(([p]) => p === 'README.md')?.[1]).toContain('third');
    g.dispose();
    // Two whole generations on the main thread: seconds on a loaded machine.
  }, 60_000);

  it('answers nothing after dispose', async () => {
    const g = createGenerator();
    const pending = g.run(board());
    g.dispose();
    expect(await pending).toBeNull();
    expect(await g.run(board())).toBeNull();
  });
});
