import { Link, Sticky } from '@stormscape/model';

/** What copy puts on the system clipboard, so paste also works on another board. */
export interface ClipboardPayload {
  format: 'stormscape.clipboard';
  version: 1;
  stickies: Sticky[];
  links: Link[];
}

export function encodeClipboard(stickies: Sticky[], links: Link[]): string {
  const payload: ClipboardPayload = { format: 'stormscape.clipboard', version: 1, stickies, links };
  return JSON.stringify(payload);
}

/** Parses clipboard text; anything that is not our payload (or not valid) yields null. */
export function decodeClipboard(text: string): ClipboardPayload | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Partial<ClipboardPayload>;
  if (v.format !== 'stormscape.clipboard' || !Array.isArray(v.stickies)) return null;
  const stickies = v.stickies.flatMap((s) => {
    const r = Sticky.safeParse(s);
    return r.success ? [r.data] : [];
  });
  const links = (Array.isArray(v.links) ? v.links : []).flatMap((l) => {
    const r = Link.safeParse(l);
    return r.success ? [r.data] : [];
  });
  return { format: 'stormscape.clipboard', version: 1, stickies, links };
}
