// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// Kafka's configuration for a one-node KRaft test broker, and the JVM it runs in.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Kafka's cluster id format: 16 random bytes, URL-safe base64 without padding. */
export function randomClusterId(): string {
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

/** Write server.properties and log4j2.properties into `dir`; the log dir is `dir`/data. */
export function writeBrokerConfig(dir: string, port: number, controllerPort: number, settings: Record<string, string>): string {
  const file = join(dir, 'server.properties');
  writeFileSync(file, brokerProperties(dir, port, controllerPort, settings));
  writeFileSync(join(dir, 'log4j2.properties'), LOG4J2_PROPERTIES);
  return file;
}

/** JVM arguments for a broker or tool whose config `writeBrokerConfig` put in `dir`. */
export function jvmArgs(libs: string, dir: string, maxHeap = '512m'): string[] {
  return [
    `-Xmx${maxHeap}`,
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
}
