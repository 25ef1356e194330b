// Copied from Stormscape's @stormscape/testinfra by `generate`: rewritten on every generation.
// Test-only infrastructure: real PostgreSQL, Redis and Apache Kafka servers for tests and
// benches, each in a temp dir on free ports on 127.0.0.1, never outliving the test process.
export { startPostgres, findPostgresBinDir, type PostgresOptions, type TestPostgres } from './postgres';
export { startRedis, type RedisOptions, type TestRedis } from './redis';
export { startKafka, type KafkaOptions, type TestKafka } from './kafka/startKafka';
export { ensureKafkaRuntime, DEFAULT_KAFKA_VERSION, type KafkaRuntimeOptions } from './kafka/kafkaRuntime';
export { ServerStartError } from './process/ManagedProcess';
export { freePort, portIsFree } from './process/freePort';
export type { TestServerLifecycle } from './process/TestServer';
