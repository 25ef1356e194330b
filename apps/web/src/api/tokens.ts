/** Tokens of boards created, imported or opened in this browser (the list API has none). */
export interface BoardTokens {
  editToken?: string;
  viewToken?: string;
}

const KEY = 'stormscape.tokens';

function readAll(): Record<string, BoardTokens> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' ? (value as Record<string, BoardTokens>) : {};
  } catch {
    return {};
  }
}

export function getTokens(boardId: string): BoardTokens {
  return readAll()[boardId] ?? {};
}

export function rememberTokens(boardId: string, tokens: BoardTokens): void {
  const all = readAll();
  const merged = { ...all[boardId] };
  if (tokens.editToken) merged.editToken = tokens.editToken;
  if (tokens.viewToken) merged.viewToken = tokens.viewToken;
  all[boardId] = merged;
  localStorage.setItem(KEY, JSON.stringify(all));
}

export function forgetTokens(boardId: string): void {
  const all = readAll();
  delete all[boardId];
  localStorage.setItem(KEY, JSON.stringify(all));
}
