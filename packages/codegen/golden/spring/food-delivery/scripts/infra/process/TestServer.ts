// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// The lifecycle every test server shares: started in a temp dir on fixed ports, stopped and
// started again on the same ports with the same data (outage tests), crashed with kill(), and
// closed (stopped and its temp dir deleted). Server modules supply only how to launch one run.
import type { ExitStatus, ManagedProcess } from './ManagedProcess';
import type { TempDir } from './tempDir';

export interface TestServerLifecycle {
  /** Graceful stop; data stays in the temp dir and start() brings the server back. */
  stop(): Promise<void>;
  /** Start again after stop() or kill(), on the same port with the same data. */
  start(): Promise<void>;
  /** stop() then start(). */
  restart(): Promise<void>;
  /** Crash it: SIGKILL, no shutdown. start() recovers from what the crash left. */
  kill(): Promise<void>;
  /** Stop (if running) and delete the temp dir. Idempotent; call it in afterAll. */
  close(): Promise<void>;
  /** True between a successful start and stop/kill/close (or the server dying by itself). */
  readonly running: boolean;
  /** The server's temp dir (data, sockets, config, log). */
  readonly dir: string;
  /** The server's log file, appended across restarts. */
  readonly logFile: string;
}

export interface LaunchSpec {
  tempDir: TempDir;
  logFile: string;
  /** Start one run and wait until it is ready (throwing ServerStartError otherwise). */
  launch(): Promise<ManagedProcess>;
  /** The signal that asks this server for a clean, fast shutdown. */
  stopSignal: NodeJS.Signals;
}

export class TestServer implements TestServerLifecycle {
  private current: ManagedProcess | undefined;
  private closed = false;

  private constructor(private readonly spec: LaunchSpec) {}

  /** Launch the first run; on failure the temp dir is removed and the error rethrown. */
  static async start(spec: LaunchSpec): Promise<TestServer> {
    const server = new TestServer(spec);
    try {
      await server.start();
    } catch (error) {
      spec.tempDir.remove();
      throw error;
    }
    return server;
  }

  get running(): boolean {
    return this.current?.running ?? false;
  }

  get dir(): string {
    return this.spec.tempDir.path;
  }

  get logFile(): string {
    return this.spec.logFile;
  }

  async start(): Promise<void> {
    if (this.closed) throw new Error('this test server was closed; start a new one');
    if (this.running) throw new Error('the test server is already running');
    this.current = await this.spec.launch();
  }

  async stop(): Promise<void> {
    await this.end((proc) => proc.stop(this.spec.stopSignal));
  }

  async kill(): Promise<void> {
    await this.end((proc) => proc.kill());
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.stop();
    this.spec.tempDir.remove();
  }

  private async end(how: (proc: ManagedProcess) => Promise<ExitStatus>): Promise<void> {
    const proc = this.current;
    this.current = undefined;
    if (proc) await how(proc);
  }
}
