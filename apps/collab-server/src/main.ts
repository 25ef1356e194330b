import { configFromEnv } from './config';
import { createLogger } from './log';
import { createCollabServer } from './server';

/**
 * `npm start`: one process serving the web app, REST and rooms on one port.
 * Logs `{"msg":"listening","port":…}` once bound (PORT=0 picks a free port).
 */
const config = (() => {
  try {
    return configFromEnv();
  } catch (err) {
    // A setting the operator got wrong: say which, without a stack trace.
    console.error(`stormscape collab server: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(2);
  }
})();
const log = createLogger(config.logLevel);
const app = createCollabServer(config, log);

let stopping = false;
async function shutdown(signal: string, code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: flushing to disk');
  try {
    await app.close();
    log.info('stopped cleanly');
  } catch (err) {
    log.error({ err }, 'error while stopping');
    code = 1;
  }
  process.exit(code);
}

process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('unhandledRejection', (err) => log.error({ err }, 'unhandled rejection'));
process.on('uncaughtException', (err) => {
  // State may be inconsistent: persist what we have and exit non-zero (a supervisor restarts us).
  log.fatal({ err }, 'uncaught exception');
  void shutdown('uncaughtException', 1);
});

app.listen().then(
  (port) => log.info({ port, host: config.host, url: `http://${config.host}:${port}`, dataDir: config.dataDir, webDist: config.webDist }, 'listening'),
  (err: unknown) => {
    log.fatal({ err }, 'could not listen');
    process.exit(1);
  },
);
