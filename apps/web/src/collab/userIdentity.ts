/** This browser's participant name, remembered between visits. */
const NAME_KEY = 'stormscape.userName';

export function savedUserName(): string | null {
  const name = localStorage.getItem(NAME_KEY);
  return name && name.trim() ? name.trim() : null;
}

export function saveUserName(name: string): void {
  localStorage.setItem(NAME_KEY, name.trim().slice(0, 60));
}

/** Colours with enough contrast for a white label. */
export const PRESENCE_COLOURS = ['#1565C0', '#AD1457', '#2E7D32', '#6A1B9A', '#C62828', '#00695C', '#4527A0', '#EF6C00', '#283593', '#558B2F'];

/**
 * This participant's colour on a board: the one they had before if nobody here has it
 * now, else the first free colour from a starting point of their own (`seed`), so
 * colours stay put across reloads and differ within a board (while colours last).
 */
export function pickColour(previous: string | null, taken: ReadonlySet<string>, seed: number): string {
  if (previous && PRESENCE_COLOURS.includes(previous) && !taken.has(previous)) return previous;
  const n = PRESENCE_COLOURS.length;
  const start = Math.abs(Math.floor(seed)) % n;
  for (let i = 0; i < n; i++) {
    const colour = PRESENCE_COLOURS[(start + i) % n]!;
    if (!taken.has(colour)) return colour;
  }
  return previous && PRESENCE_COLOURS.includes(previous) ? previous : PRESENCE_COLOURS[start]!;
}

const colourKey = (boardId: string) => `stormscape.colour:${boardId}`;

export function savedColour(boardId: string): string | null {
  try {
    return localStorage.getItem(colourKey(boardId));
  } catch {
    return null;
  }
}

export function saveColour(boardId: string, colour: string): void {
  try {
    localStorage.setItem(colourKey(boardId), colour);
  } catch {
    // storage full or blocked: the colour is only kept for this visit
  }
}
