import { zipTextFiles } from './zip';
import ZipWorker from './zip.worker?worker';

/**
 * `zipTextFiles` in a short-lived Web Worker, so the page does not freeze while a big
 * project deflates; on the main thread (after a yield) if a worker cannot run.
 */
export function zipInBackground(files: readonly (readonly [string, string])[]): Promise<Uint8Array<ArrayBuffer>> {
  const inline = () =>
    new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) =>
      setTimeout(() => {
        try {
          resolve(zipTextFiles(files));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0),
    );
  let worker: Worker;
  try {
    worker = new ZipWorker();
  } catch {
    return inline();
  }
  return new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: string }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.error));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      inline().then(resolve, reject);
    };
    worker.postMessage(files);
  });
}
