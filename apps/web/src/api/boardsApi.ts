import { getWorkspaceToken } from './workspaceToken';

/** The collab server's REST contract (issue 3), same origin as the web app. */
export interface BoardSummary {
  id: string;
  name: string;
  updatedAt: string | number | null;
}

export interface CreatedBoard {
  id: string;
  name: string;
  editToken: string;
  viewToken: string;
}

export interface ApiErrorItem {
  path: string;
  message: string;
  expected?: string;
}

/** A failed call, with every validation error the server listed (import). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: ApiErrorItem[] = [],
  ) {
    super(message);
  }
}

const auth = (token: string | undefined | null): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
/** Listing, creating and importing boards need the workspace token. */
const workspaceAuth = () => auth(getWorkspaceToken());

/** The server refused the workspace token (missing or wrong): ask for it again. */
export const isWorkspaceRefusal = (e: unknown): boolean => e instanceof ApiError && (e.status === 401 || e.status === 403);

async function fail(response: Response): Promise<never> {
  let title = `${response.status} ${response.statusText}`;
  let errors: ApiErrorItem[] = [];
  try {
    const body = (await response.json()) as { title?: string; detail?: string; errors?: unknown };
    title = body.detail ?? body.title ?? title;
    if (Array.isArray(body.errors)) {
      errors = body.errors.map((e: { path?: unknown; message?: unknown; expected?: unknown }) => ({
        path: typeof e.path === 'string' ? e.path : '$',
        message: typeof e.message === 'string' ? e.message : JSON.stringify(e),
        ...(typeof e.expected === 'string' ? { expected: e.expected } : {}),
      }));
    }
  } catch {
    // not JSON: keep the status line
  }
  throw new ApiError(title, response.status, errors);
}

export async function listBoards(): Promise<BoardSummary[]> {
  const response = await fetch('/api/boards', { headers: workspaceAuth() });
  if (!response.ok) return fail(response);
  const body = (await response.json()) as BoardSummary[] | { boards: BoardSummary[] };
  return Array.isArray(body) ? body : body.boards;
}

export async function createBoard(name: string, example?: string): Promise<CreatedBoard> {
  const response = await fetch('/api/boards', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...workspaceAuth() },
    body: JSON.stringify(example ? { name, example } : { name }),
  });
  if (!response.ok) return fail(response);
  return (await response.json()) as CreatedBoard;
}

export async function importBoard(fileText: string): Promise<CreatedBoard> {
  const response = await fetch('/api/boards/import', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...workspaceAuth() },
    body: fileText,
  });
  if (!response.ok) return fail(response);
  return (await response.json()) as CreatedBoard;
}

export async function deleteBoard(id: string, editToken: string): Promise<void> {
  const response = await fetch(`/api/boards/${encodeURIComponent(id)}`, { method: 'DELETE', headers: auth(editToken) });
  if (!response.ok) return fail(response);
}

/** Renames the board for everyone: the server writes the name into the board's document. */
export async function renameBoard(id: string, name: string, editToken: string): Promise<boolean> {
  try {
    const response = await fetch(`/api/boards/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', ...auth(editToken) },
      body: JSON.stringify({ name }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export interface BoardAccess {
  role: 'edit' | 'view' | null;
  name: string | null;
  viewToken: string | null;
  /** The server says there is no such board (never created, or deleted). */
  missing?: boolean;
}

/** What a token may do on a board, if the server says (null role when it does not). */
export async function boardAccess(id: string, token: string): Promise<BoardAccess> {
  try {
    const response = await fetch(`/api/boards/${encodeURIComponent(id)}`, { headers: auth(token) });
    if (response.status === 404) return { role: null, name: null, viewToken: null, missing: true };
    if (!response.ok) return { role: null, name: null, viewToken: null };
    const body = (await response.json()) as { role?: unknown; name?: unknown; viewToken?: unknown };
    return {
      role: body.role === 'edit' || body.role === 'view' ? body.role : null,
      name: typeof body.name === 'string' ? body.name : null,
      viewToken: typeof body.viewToken === 'string' ? body.viewToken : null,
    };
  } catch {
    return { role: null, name: null, viewToken: null };
  }
}

export async function exportBoardFile(id: string, token: string): Promise<string> {
  const response = await fetch(`/api/boards/${encodeURIComponent(id)}/export`, { headers: auth(token) });
  if (!response.ok) return fail(response);
  return response.text();
}
