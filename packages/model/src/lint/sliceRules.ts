import type { BorisDiagram } from '../derive/borisTypes';
import type { BoardIndex } from '../queries/boardIndex';
import { slicesDrivability } from '../slices/drivability';
import type { RawFinding } from './types';

/**
 * T1: a thin slice the generated system cannot play end to end (`sliceDrivability`):
 * one finding per slice naming the first reason and how many more there are; its ids
 * are that reason's stickies, then the slice's id.
 */
export function sliceDrivabilityRule(index: BoardIndex, boris: () => BorisDiagram): RawFinding[] {
  if (index.board.slices.length === 0) return [];
  const out: RawFinding[] = [];
  for (const result of slicesDrivability(index, boris())) {
    const first = result.problems[0];
    if (!first) continue;
    const more = result.problems.length - 1;
    out.push({
      ruleId: 'T1',
      message: `Thin slice "${result.slice.name.trim() || 'untitled'}" cannot be driven end to end: ${first.message}${more > 0 ? ` (and ${more} more reason${more > 1 ? 's' : ''})` : ''}`,
      ids: [...new Set([...first.ids, result.slice.id])],
    });
  }
  return out;
}
