// A real Apache Kafka broker in KRaft mode (combined broker + controller, one node), from the
// jars ensureKafkaRuntime resolved: its log dir formatted by Kafka's own StorageTool, then
// kafka.Kafka on two free ports on 127.0.0.1 (client listener, controller listener).
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../process/freePort';
import { ManagedProcess } from '../process/ManagedProcess';
import { makeTempDir } from '../process/tempDir';
import { TestServer, type TestServerLifecycle } from '../process/TestServer';
import { runToCompletion, waitForLog } from '../process/waitFor';
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

/** Kafka's cluster id format: 16 random bytes, URL-safe base64 without padding. */
function randomClusterId(): string {
  return randomBytes(16).toString('base64url');
}

function brokerProperties(dir: string, port: number, controllerPort: number, extra: Record<string, string>): string {
  const properties: Record<string, string> = {
    'process.roles': 'broker,controller',
    'node.id': '1',
    'controller.quorum.voters': `1@127.0.0.1:${controllerPort}`,
    listeners: `PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${port}`,
    'controller.listener.names': 'CONTROLLER',
    'inter.broker.listener.name': 'PLAINTEXT',
    'listener.security.protocol.map': 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
    'log.dirs': join(dir, 'data'),
    'num.partitions': '1',
    // One node: every internal topic with one replica, and no waiting for more members.
    'offsets.topic.replication.factor': '1',
    'offsets.topic.num.partitions': '1',
    'transaction.state.log.replication.factor': '1',
    'transaction.state.log.min.isr': '1',
    'share.coordinator.state.topic.replication.factor': '1',
    'share.coordinator.state.topic.min.isr': '1',
    'group.initial.rebalance.delay.ms': '0',
    ...extra,
  };
  return Object.entries(properties)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
}

// Kafka's INFO log, minus the configuration dumps (hundreds of lines per start).
const LOG4J2_PROPERTIES = `status = warn
appender.out.type = Console
appender.out.name = out
appender.out.layout.type = PatternLayout
appender.out.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.out.ref = out
logger.config.name = org.apache.kafka.common.config.AbstractConfig
logger.config.level = warn
`;

export async function startKafka(options: KafkaOptions = {}): Promise<TestKafka> {
  const libs = await ensureKafkaRuntime(options);
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  const java = options.javaBinary ?? (process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java');
  const tempDir = makeTempDir('kafka');
  const dir = tempDir.path;
  const logFile = join(dir, 'kafka.log');
  const [port, controllerPort] = [await freePort(), await freePort()];
  writeFileSync(join(dir, 'server.properties'), brokerProperties(dir, port, controllerPort, options.settings ?? {}));
  writeFileSync(join(dir, 'log4j2.properties'), LOG4J2_PROPERTIES);
  const jvm = [
    `-Xmx${options.maxHeap ?? '512m'}`,
    '-Xms64m',
    // Start fast and stay small: one GC thread, C1 only; a test broker never gets hot.
    '-XX:+UseSerialGC',
    '-XX:TieredStopAtLevel=1',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djava.awt.headless=true',
    `-Dlog4j2.configurationFile=${join(dir, 'log4j2.properties')}`,
    '-cp',
    join(libs, '*'),
  ];
  const base = { cwd: dir, logFile, tempDir: dir, command: java };
  try {
    await runToCompletion(
      {
        ...base,
        name: 'Kafka storage format',
        args: [...jvm, 'kafka.tools.StorageTool', 'format', '-t', randomClusterId(), '-c', join(dir, 'server.properties')],
      },
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
        args: [...jvm, 'kafka.Kafka', join(dir, 'server.properties')],
      });
      await waitForLog(proc, /Kafka Server started/, timeoutMs);
      return proc;
    },
  });
  return Object.assign(server, { brokers: [`127.0.0.1:${port}`], port });
}
