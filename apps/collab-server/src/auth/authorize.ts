import type { IncomingHttpHeaders } from 'node:http';
import type { Role } from '../rooms/Peer';
import { CloseCode } from '../rooms/Peer';
import type { Persistence } from '../storage/Persistence';
import { isValidBoardId, tokenMatches } from './tokens';

/** What an authenticator may look at: the headers and the raw request target. */
export interface AuthRequest {
  headers: IncomingHttpHeaders;
  url?: string | undefined;
}

export type AuthResult =
  | { ok: true; boardId: string; role: Role }
  | { ok: false; status: 401 | 403 | 404; closeCode: number; reason: string };

export type WorkspaceAuthResult = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * The auth seam, injected like persistence (cf. hocuspocus's `onAuthenticate`): the server
 * asks it for the role a request has on a board (REST and WebSocket alike), and whether a
 * request may act on the workspace (list, create, import boards). `board` may answer later
 * (a promise): the upgrade waits for it without holding the event loop.
 */
export interface Authenticator {
  board(request: AuthRequest, boardId: string): AuthResult | Promise<AuthResult>;
  workspace(request: AuthRequest): WorkspaceAuthResult;
}

/** The token from `Authorization: Bearer <token>` or else `?token=`. */
export function tokenFrom(request: AuthRequest): string | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match) return match[1]!;
  }
  let query: string | null = null;
  try {
    query = new URL(request.url ?? '/', 'http://localhost').searchParams.get('token');
  } catch {
    // unparsable target: no token
  }
  return query === null || query === '' ? null : query;
}

/**
 * The default authenticator: per-board edit/view tokens and one workspace (admin) token. The
 * board is read from storage at every request (no cache), so a rename, a deletion or new
 * tokens on any node apply to the next join everywhere.
 * Tokens are compared as SHA-256 hashes in constant time, and both board tokens are always checked.
 */
export function tokenAuthenticator(persistence: Persistence, adminTokenHash: Buffer): Authenticator {
  return {
    async board(request, boardId) {
      if (!isValidBoardId(boardId)) return { ok: false, status: 404, closeCode: CloseCode.notFound, reason: 'board not found' };
      // Asynchronous: on PostgreSQL a synchronous lookup held the event loop for a round trip per
      // join (0.35–0.65 s a second while 250 viewers joined a node), stalling every other room.
      const board = await persistence.getBoard(boardId);
      if (!board) return { ok: false, status: 404, closeCode: CloseCode.notFound, reason: 'board not found' };
      const token = tokenFrom(request);
      if (token === null) return { ok: false, status: 401, closeCode: CloseCode.unauthorized, reason: 'token required' };
      const edit = tokenMatches(token, board.editTokenHash);
      const view = tokenMatches(token, board.viewTokenHash);
      if (edit) return { ok: true, boardId, role: 'edit' };
      if (view) return { ok: true, boardId, role: 'view' };
      return { ok: false, status: 403, closeCode: CloseCode.forbidden, reason: 'token does not grant access to this board' };
    },
    workspace(request) {
      const token = tokenFrom(request);
      if (token === null) return { ok: false, status: 401, reason: 'the workspace token is required (Authorization: Bearer <token>)' };
      return tokenMatches(token, adminTokenHash) ? { ok: true } : { ok: false, status: 403, reason: 'this is not the workspace token' };
    },
  };
}
