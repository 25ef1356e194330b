import type { Target } from '@stormscape/codegen/browser';
import type { Board } from '@stormscape/model';
import type { GenerationResult } from './runGeneration';

/** Page → generation worker. */
export interface GenerationRequest {
  readonly id: number;
  readonly board: Board;
  /** Every service as this target; absent = each context's decision on the board. */
  readonly target?: Target;
}

/** Generation worker → page. */
export interface GenerationResponse {
  readonly id: number;
  readonly result: GenerationResult;
}
