import type { Board, SliceDrivability } from '@stormscape/model';
import { slicesDrivability } from '@stormscape/model';

/** Reasons shown per slice in a warning; the rest are counted (`stormscape lint` lists the first, the web app all). */
const SHOWN_REASONS = 3;

/**
 * One warning per thin slice the generated system cannot play (the model's
 * `sliceDrivability`, the rule lint T1 reports): it gets no test in `slices/`, and says why.
 */
export function undrivableSliceWarnings(board: Board, drivability: readonly SliceDrivability[] = slicesDrivability(board)): string[] {
  return drivability
    .filter((d) => !d.drivable)
    .map((d) => {
      const shown = d.problems.slice(0, SHOWN_REASONS).map((p) => p.message.replace(/\.$/, ''));
      const more = d.problems.length - shown.length;
      const name = d.slice.name.trim() || d.slice.id;
      return `thin slice "${name}" cannot be driven end to end, so slices/ has no test for it: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
    });
}
