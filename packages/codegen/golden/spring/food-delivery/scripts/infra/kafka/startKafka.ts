// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// A real Apache Kafka broker in KRaft mode (combined broker + controller, one node), from the
// jars ensureKafkaRuntime resolved: its log dir a copy of one formatted by Kafka's own
// StorageTool (see formattedLogDir), then kafka.Kafka on two free ports on 127.0.0.1 (client
// listener, controller listener).
import { dirname, join } from 'node:path';
import { freePort } from '../process/freePort';
import { ManagedProcess } from '../process/ManagedProcess';
import { makeTempDir } from '../process/tempDir';
import { TestServer, type TestServerLifecycle } from '../process/TestServer';
import { runToCompletion, waitForLog } from '../process/waitFor';
import { formattedLogDir } from './formattedLogDir';
import { jvmArgs, writeBrokerConfig } from './kafkaConfig';
import { ensureKafkaRuntime, type KafkaRuntimeOptions } from './kafkaRuntime';

export interface KafkaOptions extends KafkaRuntimeOptions {
  /** Bound on formatting and on each start (JVM start under CPU contention); default 120 s. */
  startTimeoutMs?: number;
  /** Default 512m: the machine has 2 cores and many other things to run. */
  maxHeap?: string;
  /** Extra broker settings (server.properties lines), e.g. { 'num.partitions': '3' }. */
  settings?: Record<string, string>;
  /** Default $JAVA_HOME/bin/java, else `java` on the PATH. */
  javaBinary?: string;
}

export interface TestKafka extends TestServerLifecycle {
  /** Bootstrap addresses for clients, e.g. ['127.0.0.1:40123']. */
  readonly brokers: string[];
  readonly port: number;
}

export async function startKafka(options: KafkaOptions = {}): Promise<TestKafka> {
  const libs = await ensureKafkaRuntime(options);
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const java = options.javaBinary ?? (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
  const tempDir = makeTempDir('kafka');
  const dir = tempDir.path;
  const logFile = join(dir, 'kafka.log');
  const [port, controllerPort] = [await freePort(), await freePort()];
  const settings = options.settings ?? {};
  const properties = writeBrokerConfig(dir, port, controllerPort, settings);
  const jvm = jvmArgs(libs, dir, options.maxHeap);
  const base = { cwd: dir, logFile, tempDir: dir, command: java };
  try {
    const template = await formattedLogDir({ libs, java, versionDir: dirname(libs), settings, timeoutMs });
    await runToCompletion(
      { ...base, name: 'Kafka log dir copy', command: 'cp', args: ['-a', template, join(dir, 'data')] },
      timeoutMs,
    );
  } catch (error) {
    tempDir.remove();
    throw error;
  }
  const server = await TestServer.start({
    tempDir,
    logFile,
    stopSignal: 'SIGTERM', // controlled shutdown
    async launch() {
      const proc = await ManagedProcess.start({
        ...base,
        name: 'Kafka',
        args: [...jvm, 'kafka.Kafka', properties],
      });
      await waitForLog(proc, /Kafka Server started/, timeoutMs);
      return proc;
    },
  });
  return Object.assign(server, { brokers: [`127.0.0.1:${port}`], port });
}
