import { describe, expect, it } from 'vitest';
import { WORKSHOP_PHASE_IDS, WORKSHOP_PHASES, getWorkshopPhase } from './phases';

describe('WORKSHOP_PHASES', () => {
  it('lists the nine phases in order, each with one sentence of guidance', () => {
    expect(WORKSHOP_PHASES.map((p) => p.label)).toEqual([
      'Goals',
      'Big picture',
      'Process',
      'Design',
      'Thin slices',
      'Boris',
      'SNAP-E',
      'Context map',
      'Generate',
    ]);
    expect(WORKSHOP_PHASES.map((p) => p.id)).toEqual([...WORKSHOP_PHASE_IDS]);
    for (const p of WORKSHOP_PHASES) expect(p.guidance).toMatch(/^[A-Z][^.]*[^.]\.$|^[A-Z].*\.$/);
    for (const p of WORKSHOP_PHASES) expect(p.guidance.split('. ')).toHaveLength(1);
    expect(getWorkshopPhase('boris').label).toBe('Boris');
  });
});
