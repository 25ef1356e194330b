import type { IncomingMessage } from 'node:http';
import type { Role } from '../rooms/Peer';
import { CloseCode } from '../rooms/Peer';
import { requestUrl } from '../http/respond';
import type { Persistence } from '../storage/Persistence';
import { isValidBoardId, tokenMatches } from './tokens';

export type AuthResult =
  | { ok: true; boardId: string; role: Role }
  | { ok: false; status: 401 | 403 | 404; closeCode: number; reason: string };

/** The token from `Authorization: Bearer <token>` or else `?token=`. */
export function tokenFrom(request: IncomingMessage): string | null {
  const header = request.headers.authorization;
  if (header) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
    if (match) return match[1]!;
  }
  const query = requestUrl(request)?.searchParams.get('token') ?? null;
  return query === null || query === '' ? null : query;
}

/**
 * The auth seam: decides the role a request has on a board. Token auth compares
 * SHA-256 hashes in constant time, and always checks both tokens.
 */
export function authorize(persistence: Persistence, request: IncomingMessage, boardId: string): AuthResult {
  if (!isValidBoardId(boardId)) return { ok: false, status: 404, closeCode: CloseCode.notFound, reason: 'board not found' };
  const board = persistence.getBoard(boardId);
  if (!board) return { ok: false, status: 404, closeCode: CloseCode.notFound, reason: 'board not found' };
  const token = tokenFrom(request);
  if (token === null) return { ok: false, status: 401, closeCode: CloseCode.unauthorized, reason: 'token required' };
  const edit = tokenMatches(token, board.editTokenHash);
  const view = tokenMatches(token, board.viewTokenHash);
  if (edit) return { ok: true, boardId, role: 'edit' };
  if (view) return { ok: true, boardId, role: 'view' };
  return { ok: false, status: 403, closeCode: CloseCode.forbidden, reason: 'token does not grant access to this board' };
}
