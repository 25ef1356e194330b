import type { ApiErrorItem } from '../api/boardsApi';

/** Errors found before sending the file: at least, that it is JSON at all. */
export function localParseErrors(text: string): ApiErrorItem[] {
  try {
    JSON.parse(text);
    return [];
  } catch (e) {
    return [{ path: '$', message: `not valid JSON: ${e instanceof Error ? e.message : String(e)}` }];
  }
}
