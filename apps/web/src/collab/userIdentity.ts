/** This browser's participant name, remembered between visits. */
const NAME_KEY = 'stormscape.userName';

export function savedUserName(): string | null {
  const name = localStorage.getItem(NAME_KEY);
  return name && name.trim() ? name.trim() : null;
}

export function saveUserName(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim().slice(0, 60));
}

/** Colours with enough contrast for a white label; picked from the Yjs client id. */
export const PRESENCE_COLOURS = ['#1565C0', '#AD1457', '#2E7D32', '#6A1B9A', '#C62828', '#00695C', '#4527A0', '#EF6C00', '#283593', '#558B2F'];

export function colourForClient(clientId: number): string {
  return PRESENCE_COLOURS[clientId % PRESENCE_COLOURS.length] ?? '#1565C0';
}
