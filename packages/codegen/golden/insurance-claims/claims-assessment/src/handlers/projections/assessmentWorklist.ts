// Read model: Assessment Worklist (read model, sticky ic-rm-assessment-worklist)
// Created once by Stormscape and never overwritten: this file is yours.
import type { Projections } from '../../generated/contracts.js';
import { defaultProjections } from '../../generated/defaults/projections.js';

/**
 * How each event changes the rows. The defaults copy same-named fields; override an
 * event's step here, e.g. `assessmentOpened: { key: (event) => ..., apply: (current, event) => ({ ... }) }`.
 */
export const projection: Projections['assessmentWorklist'] = {
  ...defaultProjections.assessmentWorklist,
};
