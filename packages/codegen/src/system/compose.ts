import type { JsonObject } from '../specs/jsonSchema';
import type { SystemPlan, SystemService } from './systemPlan';
import { CONTAINER_PORT, GATEWAY_PORT } from './systemPlan';

/** Local development credentials of the compose PostgreSQL (never used outside compose). */
const PG_USER = 'stormscape';
const PG_PASSWORD = 'stormscape';
export const KAFKA_IMAGE = 'apache/kafka:3.9.0';
export const POSTGRES_IMAGE = 'postgres:17-alpine';
export const ZIPKIN_IMAGE = 'openzipkin/zipkin:3';
const ZIPKIN_SPANS_URL = 'http://zipkin:9411/api/v2/spans';

/** `CREATE DATABASE` for every service: each service owns its database (table names repeat across services). */
export function postgresInitSql(system: SystemPlan): string {
  return `${system.services.map((s) => `CREATE DATABASE ${JSON.stringify(s.slug)};`).join('\n')}\n`;
}

function serviceEnv(s: SystemService): JsonObject {
  const env: JsonObject = {
    PORT: String(CONTAINER_PORT),
    HOST: '0.0.0.0',
    DATABASE_URL: `postgres://${PG_USER}:${PG_PASSWORD}@postgres:5432/${s.slug}`,
    KAFKA_BROKERS: 'kafka:9092',
  };
  for (const callee of s.callees) env[callee.urlEnv] = `http://${callee.host}:${CONTAINER_PORT}`;
  // Spring's Micrometer Tracing reports to Zipkin at ZIPKIN_URL (its default, localhost, is not Zipkin in compose).
  if (s.target === 'spring') env.ZIPKIN_URL = ZIPKIN_SPANS_URL;
  return env;
}

/**
 * docker-compose.yml: Kafka (KRaft, one combined broker/controller), PostgreSQL with a
 * database per service, Zipkin, every service built from its folder with the env its
 * runtime reads, and the gateway (the only published port besides Zipkin's UI).
 */
export function composeFile(system: SystemPlan): JsonObject {
  const services: JsonObject = {
    postgres: {
      image: POSTGRES_IMAGE,
      environment: { POSTGRES_USER: PG_USER, POSTGRES_PASSWORD: PG_PASSWORD },
      volumes: ['./postgres-init.sql:/docker-entrypoint-initdb.d/10-databases.sql:ro', 'pgdata:/var/lib/postgresql/data'],
      healthcheck: { test: ['CMD-SHELL', `pg_isready -U ${PG_USER}`], interval: '5s', timeout: '3s', retries: 20 },
    },
    kafka: {
      image: KAFKA_IMAGE,
      environment: {
        KAFKA_NODE_ID: '1',
        KAFKA_PROCESS_ROLES: 'broker,controller',
        KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
        KAFKA_ADVERTISED_LISTENERS: 'PLAINTEXT://kafka:9092',
        KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
        KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
        KAFKA_CONTROLLER_QUORUM_VOTERS: '1@kafka:9093',
        KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
        KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
        KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS: '0',
      },
      healthcheck: {
        test: ['CMD-SHELL', '/opt/kafka/bin/kafka-broker-api-versions.sh --bootstrap-server localhost:9092 > /dev/null 2>&1'],
        interval: '10s',
        timeout: '10s',
        retries: 20,
      },
    },
    zipkin: { image: ZIPKIN_IMAGE, ports: ['9411:9411'] },
  };
  for (const s of system.services) {
    services[s.host] = {
      // Either target's Dockerfile in the service folder (Spring: a Maven build stage, then the JRE).
      build: `../${s.slug}`,
      image: `${s.host}:latest`,
      environment: serviceEnv(s),
      depends_on: {
        postgres: { condition: 'service_healthy' },
        kafka: { condition: 'service_healthy' },
        ...Object.fromEntries(s.callees.map((c) => [c.host, { condition: 'service_started' }])),
      },
      restart: 'unless-stopped',
    };
  }
  services[system.gateway.host] = {
    build: '../gateway',
    image: `${system.gateway.host}:latest`,
    environment: { PORT: String(GATEWAY_PORT), HOST: '0.0.0.0', ...Object.fromEntries(system.services.map((s) => [s.urlEnv, `http://${s.host}:${CONTAINER_PORT}`])) },
    ports: [`${GATEWAY_PORT}:${GATEWAY_PORT}`],
    depends_on: system.services.map((s) => s.host),
    restart: 'unless-stopped',
  };
  // No top-level `name`: the published Compose schema package predates it (the project is named after the folder or -p).
  return { services, volumes: { pgdata: {} } };
}
