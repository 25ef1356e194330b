export type { SliceCommandStep, SliceDrivability, SliceProblem, SliceReadModel, SliceStep, SliceTimerStep } from './drivability';
export { sliceDrivability, slicesDrivability } from './drivability';
export type { OpenField } from './openFields';
export { openFieldsOfCall } from './openFields';
