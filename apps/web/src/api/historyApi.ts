/** Board history on the collab server (`/api/boards/:id/versions…`, see its README). */
export interface BoardVersion {
  id: number;
  kind: 'named' | 'auto';
  name: string | null;
  createdAt: string;
  bytes: number;
  /** Per Yjs client id (one browser session): items it inserted since the previous version, and who the server credited it to. */
  changes: { clientId: number; inserted: number; name: string | null }[];
  /** The same per person, across sessions (names the server recorded from presence). */
  people: { name: string; inserted: number }[];
}

const base = (boardId: string) => `/api/boards/${encodeURIComponent(boardId)}/versions`;
const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

async function ok(response: Response): Promise<Response> {
  if (response.ok) return response;
  let detail = `${response.status} ${response.statusText}`;
  try {
    const body = (await response.json()) as { detail?: string; title?: string };
    detail = body.detail ?? body.title ?? detail;
  } catch {
    // not JSON: keep the status line
  }
  throw new Error(detail);
}

export async function listVersions(boardId: string, token: string): Promise<BoardVersion[]> {
  return (await (await ok(await fetch(base(boardId), { headers: auth(token) }))).json()) as BoardVersion[];
}

export async function saveVersion(boardId: string, token: string, name: string): Promise<BoardVersion> {
  const response = await fetch(base(boardId), { method: 'POST', headers: { 'Content-Type': 'application/json', ...auth(token) }, body: JSON.stringify({ name }) });
  return (await (await ok(response)).json()) as BoardVersion;
}

/** The version as a board file (JSON text), for a read-only preview. */
export async function previewVersion(boardId: string, token: string, versionId: number): Promise<string> {
  return (await ok(await fetch(`${base(boardId)}/${versionId}`, { headers: auth(token) }))).text();
}

/** Deletes a named version (automatic ones expire on the server). */
export async function deleteVersion(boardId: string, token: string, versionId: number): Promise<void> {
  await ok(await fetch(`${base(boardId)}/${versionId}`, { method: 'DELETE', headers: auth(token) }));
}

export async function restoreVersion(boardId: string, token: string, versionId: number): Promise<void> {
  await ok(await fetch(`${base(boardId)}/${versionId}/restore`, { method: 'POST', headers: auth(token) }));
}
