// PostgreSQL plumbing of the store benchmark through the `pg` client (installed with @mikro-orm/postgresql, untyped
// here): creating and dropping databases, and COPY FROM STDIN over the raw protocol, since pg-copy-streams is absent.
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';

/** The maintenance database the benchmark creates its databases from. Override with BENCH_POSTGRES_URL. */
export const postgresAdminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

interface PgResult {
  rows: Record<string, unknown>[];
}

/** The slice of pg's Connection a query object drives (pg/lib/connection.js). */
interface PgConnection {
  stream: NodeJS.WritableStream & { writableNeedDrain: boolean };
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
}

interface PgClient {
  connect(): Promise<void>;
  query(text: string, values?: unknown[]): Promise<PgResult>;
  query(submittable: CopyFromFile): void;
  end(): Promise<void>;
}

type PgClientClass = new (config: { connectionString: string; connectionTimeoutMillis?: number }) => PgClient;

const { Client } = createRequire(import.meta.url)('pg') as { Client: PgClientClass };

export function databaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function withClient<T>(url: string, work: (client: PgClient) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Names are the benchmark's own ([a-z0-9_]), never user input. */
export async function createDatabase(name: string): Promise<string> {
  await withClient(postgresAdminUrl, async (c) => {
    await c.query(`drop database if exists ${name} with (force)`);
    await c.query(`create database ${name}`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await withClient(postgresAdminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
}

export async function serverFacts(): Promise<{ version: string; sharedBuffers: string; syncCommit: string }> {
  return withClient(postgresAdminUrl, async (c) => {
    const { rows } = await c.query(
      "select current_setting('server_version') as version, current_setting('shared_buffers') as sb, " +
        "current_setting('synchronous_commit') as sc",
    );
    const row = rows[0] ?? {};
    return { version: String(row.version), sharedBuffers: String(row.sb), syncCommit: String(row.sc) };
  });
}

/**
 * A pg "submittable" that runs `COPY ... FROM STDIN` and streams a file as CopyData messages, as pg-copy-streams
 * does: pg hands it the connection on submit and calls its handlers as the server answers.
 */
class CopyFromFile {
  rowCount = 0;
  readonly done: Promise<number>;
  #resolve: (rows: number) => void = () => undefined;
  #reject: (error: Error) => void = () => undefined;
  #failed = false;

  constructor(
    readonly text: string,
    readonly file: string,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
  }

  submit(connection: PgConnection): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: PgConnection): void {
    this.#send(connection).catch((error: Error) => connection.sendCopyFail(error.message));
  }

  async #send(connection: PgConnection): Promise<void> {
    for await (const chunk of createReadStream(this.file, { highWaterMark: 256 * 1024 })) {
      if (this.#failed) return;
      connection.sendCopyFromChunk(chunk as Buffer);
      if (connection.stream.writableNeedDrain) await once(connection.stream, 'drain');
    }
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(message.text?.split(' ')[1] ?? 0);
  }

  handleError(error: Error): void {
    this.#failed = true;
    this.#reject(error);
  }

  handleReadyForQuery(): void {
    if (!this.#failed) this.#resolve(this.rowCount);
  }

  // Not sent for COPY FROM; pg calls them on every query object, so they must exist.
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** COPY of a CSV file with a header into `table` over pg's raw protocol; returns the rows the server counted. */
export async function copyCsvWithPg(client: PgClient, table: string, columns: string, file: string): Promise<number> {
  const copy = new CopyFromFile(`copy ${table} (${columns}) from stdin with (format csv, header true)`, file);
  client.query(copy);
  return copy.done;
}

/** The same COPY through `psql -c "\copy ..."` as a child process (psql reads the file and streams it); its row count. */
export function copyCsvWithPsql(url: string, table: string, columns: string, file: string): number {
  const command = `\\copy ${table} (${columns}) from '${file.replace(/'/g, "''")}' with (format csv, header true)`;
  const run = spawnSync('psql', [url, '-X', '-v', 'ON_ERROR_STOP=1', '-c', command], { encoding: 'utf8' });
  if (run.error) throw run.error;
  if (run.status !== 0) throw new Error(`psql \\copy failed: ${run.stderr.trim()}`);
  return Number(/COPY (\d+)/.exec(run.stdout)?.[1] ?? Number.NaN);
}

export function hasPsql(): boolean {
  return spawnSync('psql', ['--version'], { encoding: 'utf8' }).status === 0;
}
