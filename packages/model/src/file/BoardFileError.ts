/** One readable problem found in a board file. */
export interface BoardFileError {
  /** JSON path of the offending value, e.g. `$.board.stickies[3].kind`. */
  path: string;
  message: string;
  /** What a valid file has there, when that can be said briefly. */
  expected?: string;
}

/** Most errors reported for one file; a hostile file must not produce a million. */
export const MAX_REPORTED_ERRORS = 200;

export type PathSegment = string | number;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Shortens untrusted text before it goes into a message. */
export function preview(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** `["board", "stickies", 3, "kind"]` → `$.board.stickies[3].kind`. */
export function formatPath(segments: readonly PathSegment[]): string {
  let out = '$';
  for (const segment of segments) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment) && segment.length <= 60) out += `.${segment}`;
    else out += `[${JSON.stringify(preview(segment))}]`;
  }
  return out;
}

/** Keeps the first {@link MAX_REPORTED_ERRORS} errors and counts the rest. */
export class ErrorList {
  readonly errors: BoardFileError[] = [];
  private dropped = 0;

  add(segments: readonly PathSegment[], message: string, expected?: string): void {
    if (this.errors.length >= MAX_REPORTED_ERRORS) {
      this.dropped++;
      return;
    }
    this.errors.push(expected === undefined ? { path: formatPath(segments), message } : { path: formatPath(segments), message, expected });
  }

  get size(): number {
    return this.errors.length + this.dropped;
  }

  /** The errors, ending with "… and N more" when some were dropped. */
  result(): BoardFileError[] {
    if (this.dropped === 0) return this.errors;
    return [...this.errors, { path: '$', message: `… and ${this.dropped} more` }];
  }
}
