import type { SlicesPlan } from './slicePlan';

/** Reasons shown per slice in a warning; the rest are counted (the web app's Thin slices step lists them all). */
const SHOWN_REASONS = 3;

/**
 * One warning per thin slice that gets no test in `slices/` (the model's
 * `sliceDrivability`, the rule lint T1 reports, or a value code generation leaves open on
 * its path), with its reasons: never silently skipped.
 */
export function undrivableSliceWarnings(slices: SlicesPlan): string[] {
  return slices.undrivable.map((d) => {
    const shown = d.reasons.slice(0, SHOWN_REASONS).map((r) => r.replace(/\.$/, ''));
    const more = d.reasons.length - shown.length;
    return `thin slice "${d.name}" cannot be driven end to end, so slices/ has no test for it: ${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
  });
}
