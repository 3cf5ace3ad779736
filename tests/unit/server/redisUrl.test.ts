// CLI-5: REDIS_URL is read completely, and refused with a message naming the variable when it
// cannot be used as a whole.
import { describe, expect, it } from 'vitest';
import { redisOptionsFromUrl } from '../../../sync-server/src/redis.ts';
import { configFromEnv } from '../../../sync-server/src/config.ts';

describe('CLI-5 redisOptionsFromUrl', () => {
  const accepted: [string, Record<string, unknown>][] = [
    ['redis://127.0.0.1', { host: '127.0.0.1', port: 6379, db: 0 }],
    ['redis://cache.internal:6380', { host: 'cache.internal', port: 6380, db: 0 }],
    ['redis://cache.internal/', { host: 'cache.internal', port: 6379, db: 0 }],
    ['redis://cache.internal:6379/3', { host: 'cache.internal', port: 6379, db: 3 }],
    ['redis://:s3cret@cache.internal', { host: 'cache.internal', password: 's3cret', db: 0 }],
    ['redis://relay:s3cret@cache.internal/2', { host: 'cache.internal', username: 'relay', password: 's3cret', db: 2 }],
    ['redis://rel%40y:p%40ss%3Aw%2Fo%23rd%20%25@cache.internal', { username: 'rel@y', password: 'p@ss:w/o#rd %' }],
    ['redis://relay@cache.internal', { username: 'relay' }],
    ['redis://[::1]:7000/1', { host: '::1', port: 7000, db: 1 }],
    [
      'rediss://cache.example.org:6380/4',
      { host: 'cache.example.org', port: 6380, db: 4, tls: { servername: 'cache.example.org' } },
    ],
    ['rediss://default:pw@10.0.0.5', { host: '10.0.0.5', port: 6379, password: 'pw', username: 'default', tls: {} }],
  ];
  it.each(accepted)('%s', (url, expected) => {
    expect(redisOptionsFromUrl(url)).toMatchObject(expected);
  });

  it('leaves out what the URL does not give (no empty username, password or TLS)', () => {
    const options = redisOptionsFromUrl('redis://127.0.0.1:6379');
    expect(options).toEqual({ host: '127.0.0.1', port: 6379, db: 0 });
  });

  const refused: [string, RegExp][] = [
    ['', /not a URL/],
    ['cache.internal:6379', /scheme|not a URL/],
    ['http://cache.internal', /scheme must be redis:\/\/ or rediss:\/\//],
    ['redis+sentinel://cache.internal', /scheme/],
    ['redis://cache.internal:99999', /not a URL/],
    ['redis://cache.internal:0', /port/],
    ['redis://cache.internal/zero', /database number/],
    ['redis://cache.internal/3/4', /database number/],
    ['redis://cache.internal/-1', /database number/],
    ['redis://cache.internal?db=3', /query strings/],
    ['redis://cache.internal/1#x', /fragments/],
    ['redis://user:p%ZZ@cache.internal', /password is not valid percent-encoding/],
    ['redis://%ZZ:pw@cache.internal', /username is not valid percent-encoding/],
    ['redis:///3', /host is missing/],
  ];
  it.each(refused)('refuses %j', (url, message) => {
    expect(() => redisOptionsFromUrl(url)).toThrow(message);
  });
});

describe('CLI-5 REDIS_URL in the configuration', () => {
  it('keeps a usable URL as given', () => {
    expect(configFromEnv({ REDIS_URL: 'rediss://u:p%40w@cache.example.org/2' }).redisUrl).toBe(
      'rediss://u:p%40w@cache.example.org/2',
    );
  });

  it('refuses an unusable one naming the variable, never showing the password', () => {
    let message = '';
    try {
      configFromEnv({ REDIS_URL: 'redis://relay:hunter2-secret@cache.internal/db3' });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/REDIS_URL: not a usable Redis URL: the path must be a database number/);
    expect(message).not.toContain('hunter2');
  });

  it('refuses another scheme', () => {
    expect(() => configFromEnv({ REDIS_URL: 'memcached://cache.internal' })).toThrow(/REDIS_URL: .*scheme/);
  });
});
