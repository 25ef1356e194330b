// Runs code generation away from the page's main thread (a 1,000-sticky board takes
// about half a second). The page ignores stale answers by id.
import { runGeneration } from './runGeneration';
import type { GenerationRequest, GenerationResponse } from './protocol';

// The app's lib is DOM, not WebWorker: type just what a dedicated worker uses here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<GenerationRequest>) => void) | null;
  postMessage(message: GenerationResponse): void;
};

scope.onmessage = (event) => {
  const { id, board, target } = event.data;
  scope.postMessage({ id, result: runGeneration(board, target) });
};
