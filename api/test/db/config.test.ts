// Reading DATABASE_URL, and the errors an operator sees when it is wrong or the database is away.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultSqlitePath, parseDatabaseUrl, repositoryRoot } from '../../src/db/config';
import { openDatabase } from '../../src/db/database';
import { DatabaseUnavailableError, DatabaseUrlError } from '../../src/db/errors';

describe('parseDatabaseUrl', () => {
  it('defaults to data/ioc.sqlite at the repository root', () => {
    expect(parseDatabaseUrl(undefined)).toEqual({ kind: 'sqlite', target: defaultSqlitePath });
    expect(parseDatabaseUrl('  ')).toEqual({ kind: 'sqlite', target: resolve(repositoryRoot, 'data/ioc.sqlite') });
  });

  it('reads SQLite files and memory', () => {
    expect(parseDatabaseUrl('file:/srv/ioc.sqlite')).toEqual({ kind: 'sqlite', target: '/srv/ioc.sqlite' });
    expect(parseDatabaseUrl('file:///srv/ioc.db')).toEqual({ kind: 'sqlite', target: '/srv/ioc.db' });
    expect(parseDatabaseUrl('/srv/ioc.db')).toEqual({ kind: 'sqlite', target: '/srv/ioc.db' });
    expect(parseDatabaseUrl('data/other.sqlite')).toEqual({
      kind: 'sqlite',
      target: resolve(repositoryRoot, 'data/other.sqlite'),
    });
    expect(parseDatabaseUrl(':memory:')).toEqual({ kind: 'sqlite', target: ':memory:' });
  });

  it('reads PostgreSQL URLs', () => {
    for (const url of ['postgresql://ioc@db:5432/ioc', 'postgres://ioc:secret@10.0.0.5/ioc']) {
      expect(parseDatabaseUrl(url)).toEqual({ kind: 'postgresql', target: url });
    }
  });

  it('names DATABASE_URL when it cannot read it, without the password', () => {
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/ioc')).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/ioc')).toThrow(/^DATABASE_URL is not understood/);
    expect(() => parseDatabaseUrl('mysql://root:hunter2@db/ioc')).not.toThrow(/hunter2/);
    expect(() => parseDatabaseUrl('ioc.txt')).toThrow(/DATABASE_URL/);
  });
});

describe('openDatabase', () => {
  it('says which PostgreSQL it cannot reach, and why, without a stack trace', async () => {
    const error = await openDatabase('postgresql://ioc@127.0.0.1:1/ioc').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatabaseUnavailableError);
    expect((error as Error).message).toMatch(/^cannot reach PostgreSQL at 127\.0\.0\.1:1: .*ECONNREFUSED/);
    expect((error as Error).stack).toBe(`DatabaseUnavailableError: ${(error as Error).message}`);
  });

  it('opens an in-memory SQLite database, migrated', async () => {
    const db = await openDatabase(':memory:');
    try {
      expect(db.kind).toBe('sqlite');
      expect(await db.em().execute('select count(*) as n from observations')).toEqual([{ n: 0 }]);
    } finally {
      await db.close();
    }
  });
});
