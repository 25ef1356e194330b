import type { Target } from '@stormscape/codegen/browser';
import type { Board } from '@stormscape/model';
import { useEffect, useState } from 'react';
import type { Generator } from './generator';
import { createGenerator } from './generator';
import type { GenerationResult } from './runGeneration';

/** Quiet time after a board edit before generating again (edits come in bursts). */
const SETTLE_MS = 400;

export interface Generation {
  /** The latest finished generation (null until the first one finishes). */
  readonly result: GenerationResult | null;
  /** A generation for the current board is pending or running. */
  readonly busy: boolean;
}

/**
 * Generates the project for `board` off the main thread (every service as `target` if
 * given, else as decided per context), again whenever the board or target changes (after
 * a quiet moment). Keeps showing the previous result meanwhile.
 */
export function useGeneration(board: Board, target?: Target): Generation {
  const [generator, setGenerator] = useState<Generator | null>(null);
  const [state, setState] = useState<{ result: GenerationResult | null; board: Board | null; target: Target | undefined }>({ result: null, board: null, target: undefined });

  useEffect(() => {
    const g = createGenerator();
    setGenerator(g);
    return () => g.dispose();
  }, []);

  const first = state.result === null;
  useEffect(() => {
    if (!generator) return;
    let live = true;
    const timer = setTimeout(
      () => {
        void generator.run(board, target).then((result) => {
          if (live && result) setState({ result, board, target });
        });
      },
      first ? 0 : SETTLE_MS,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `first` only picks the delay; it must not trigger a run of its own.
  }, [generator, board, target]);

  return { result: state.result, busy: state.board !== board || state.target !== target };
}
