import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config';

describe('configFromEnv', () => {
  it('takes numbers and connection URLs from the environment', () => {
    const config = configFromEnv({ PORT: '0', DATABASE_URL: 'postgresql://app:secret@db.internal:5432/stormscape', REDIS_URL: 'rediss://cache.internal:6380' });
    expect(config.port).toBe(0);
    expect(config.databaseUrl).toBe('postgresql://app:secret@db.internal:5432/stormscape');
    expect(config.redisUrl).toBe('rediss://cache.internal:6380');
  });

  it('refuses a bad number', () => {
    expect(() => configFromEnv({ PORT: 'eighty' })).toThrow('PORT must be a non-negative number, got "eighty"');
  });

  // Caught at start with the variable's name, not left to connection errors in the log (ioredis
  // would take a postgres:// URL in REDIS_URL as a host and port and retry it forever).
  it('refuses a Redis or PostgreSQL setting that is not a URL of its kind, without echoing its password', () => {
    expect(() => configFromEnv({ REDIS_URL: 'localhost:6379' })).toThrow('REDIS_URL must be a URL starting redis:// or rediss://, got "localhost:6379"');
    expect(() => configFromEnv({ REDIS_URL: 'http://cache:6379' })).toThrow(/^REDIS_URL must be a URL/);
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://app:secret@db/stormscape' })).toThrow('DATABASE_URL must be a URL starting postgres:// or postgresql://, got "mysql://…@db/stormscape"');
  });
});
