import type { Board } from '@stormscape/model';
import type { GenerationResult } from './runGeneration';

/** Page → generation worker. */
export interface GenerationRequest {
  readonly id: number;
  readonly board: Board;
}

/** Generation worker → page. */
export interface GenerationResponse {
  readonly id: number;
  readonly result: GenerationResult;
}
