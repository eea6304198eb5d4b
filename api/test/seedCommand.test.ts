// `npm run seed -- --if-empty`, as `npm start` runs it on every start: into a new database it writes the demo
// accounts, the simulated cameras and the synthetic observations; on the next start it writes nothing more.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';

const run = promisify(execFile);
const API = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'ioc-seed-'));
const url = join(dir, 'ioc.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Two months of demo data keep the run short; the command is the one `npm start` runs. */
const seed = () =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/seed.ts', '--if-empty', '--to', '2024-02-29'], {
    cwd: API,
    env: { ...process.env, DATABASE_URL: url },
  });

async function counts() {
  const db = await openDatabase(url);
  try {
    const sql = db.em().getConnection();
    const one = async (table: string) =>
      Number(((await sql.execute(`select count(*) as n from ${table}`)) as { n: number }[])[0]?.n);
    return { observations: await one('observations'), users: await one('users'), cameras: await one('cameras') };
  } finally {
    await db.close();
  }
}

describe('seeding on start', () => {
  it('fills a new database, then leaves it as it is', { timeout: 180_000 }, async () => {
    const first = await seed();
    expect(first.stdout).toMatch(/seed: \d+ synthetic demo observations, 2024-01-01 to 2024-02-29/);
    const after = await counts();
    expect(after.observations).toBeGreaterThan(10_000);
    expect(after.users).toBe(6);
    expect(after.cameras).toBe(8);

    const second = await seed();
    expect(second.stdout).toContain('seed: the database already holds data; nothing to do');
    expect(await counts()).toEqual(after);
  });
});
