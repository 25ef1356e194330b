export type { SliceDrivability, SliceProblem, SliceReadModel, SliceStep } from './drivability';
export { sliceDrivability, slicesDrivability } from './drivability';
export type { OpenField } from './openFields';
export { openFieldsOfCall } from './openFields';
