import { createCollabSession } from '../collab';
import { createBoardStore } from '../store/createBoardStore';
import { createActions } from './actions';
import type { BoardRuntime } from './BoardRuntime';
import { createUiStore } from './uiStore';

export interface RuntimeOptions {
  boardId: string;
  token: string;
  viewToken: string | null;
  readOnly: boolean;
  userName: string;
}

/** Wires session → store → actions for one open board; `destroy` undoes it all. */
export function createRuntime(o: RuntimeOptions): BoardRuntime & { destroy(): void } {
  const session = createCollabSession({ boardId: o.boardId, token: o.token, viewOnly: o.readOnly, userName: o.userName });
  const board = createBoardStore(session.doc, { readOnly: o.readOnly });
  const ui = createUiStore();
  const actions = createActions(session, board, ui, o.readOnly);
  return {
    boardId: o.boardId,
    token: o.token,
    viewToken: o.viewToken,
    readOnly: o.readOnly,
    session,
    board,
    ui,
    actions,
    destroy() {
      board.destroy();
      session.destroy();
    },
  };
}
