// Zips the generated project off the main thread (a 20-context project is ~5 MB of text,
// about half a second to deflate).
import { zipTextFiles } from './zip';

type Files = readonly (readonly [string, string])[];
type Reply = { ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: string };

// The app's lib is DOM, not WebWorker: type just what a dedicated worker uses here.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<Files>) => void) | null;
  postMessage(message: Reply, transfer: Transferable[]): void;
};

scope.onmessage = (event) => {
  try {
    const bytes = zipTextFiles(event.data);
    scope.postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) }, []);
  }
};
