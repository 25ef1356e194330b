/**
 * The workspace token (the server prints it once at first start, or takes it from
 * STORMSCAPE_ADMIN_TOKEN): it lists, creates and imports boards. Asked for once and kept
 * in this browser.
 */
const KEY = 'stormscape.workspaceToken';

export function getWorkspaceToken(): string | null {
  try {
    const value = localStorage.getItem(KEY);
    return value && value.trim() !== '' ? value : null;
  } catch {
    return null;
  }
}

export function rememberWorkspaceToken(token: string): void {
  localStorage.setItem(KEY, token.trim());
}

export function forgetWorkspaceToken(): void {
  localStorage.removeItem(KEY);
}
