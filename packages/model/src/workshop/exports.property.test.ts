import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryBoard } from '../testing/arbitraryBoard';
import { exportContextMapperCml } from './cml';
import { exportWorkshopSummary } from './summary';

// Whatever people typed, the exports keep their structure: text never escapes the
// places it was put (a literal, a comment, one inline span).

describe('exports on arbitrary boards', () => {
  it('CML: only names, keywords, punctuation, literals and comments', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const cml = exportContextMapperCml(board);
        let depth = 0;
        for (const line of cml.split('\n')) {
          const code = line.replace(/"(?:\\.|[^"\\\n])*"/g, '""').replace(/\/\/.*$/, '');
          expect(code).toMatch(/^[\sA-Za-z0-9_^,{}[\]<>=\-"]*$/);
          for (const c of code) depth += c === '{' ? 1 : c === '}' ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect(cml.match(/^BoundedContext /gm) ?? []).toHaveLength(board.contexts.length);
      }),
      { numRuns: 60 },
    );
  });

  it('summary: fixed section skeleton, no raw HTML, user text never starts a line', () => {
    fc.assert(
      fc.property(arbitraryBoard(), (board) => {
        const md = exportWorkshopSummary(board);
        expect(md.match(/^## .*$/gm)).toEqual([
          '## Goals',
          '## Bounded contexts',
          '## Thin slices',
          '## Boris',
          '## SNAP-E sheets',
          '## Open hotspots',
        ]);
        expect(md).not.toMatch(/</);
        expect(md.match(/^### (Goals|Non-goals)$/gm)).toHaveLength(2);
        for (const line of md.split('\n')) {
          expect(line).toMatch(/^$|^#{1,4} |^ *- |^\d+\. |^\*\*[A-Z]|^_[A-Z]/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
