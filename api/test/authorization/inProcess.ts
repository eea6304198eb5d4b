// The real schema run in process for authorization and audit tests: graphql `execute` over a LiveData on a fresh
// SQLite file, with a real Actor in the context (authentication, which makes the Actor, is tested on its own).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalog } from '@ioc/schema/catalog';
import { type ExecutionResult, execute, type GraphQLSchema, parse } from 'graphql';
import type { Actor, Role } from '../../src/auth/actor';
import type { Context } from '../../src/context';
import { type Database, openDatabase } from '../../src/db/database';
import { Deadline } from '../../src/http/executionDeadline';
import { LiveData } from '../../src/live/liveData';
import { buildSchema } from '../../src/schema/buildSchema';
import { UnitDirectory } from '../../src/units/unitDirectory';

export function testActor(role: Role, userId: number, unit: string | null = null, agency: string | null = null): Actor {
  const username = `${role.toLowerCase()}-${userId}`;
  return { userId, username, displayName: username, role, unit, agency, credential: { kind: 'session', id: userId } };
}

export interface InProcessApi {
  db: Database;
  data: LiveData;
  schema: GraphQLSchema;
  context(actor: Actor | null): Context;
  run(actor: Actor | null, document: string, variables?: Record<string, unknown>): Promise<ExecutionResult>;
  close(): Promise<void>;
}

export async function openInProcessApi(catalog: Catalog, units = new UnitDirectory()): Promise<InProcessApi> {
  const dir = mkdtempSync(join(tmpdir(), 'ioc-in-process-'));
  const db = await openDatabase(join(dir, 'ioc.sqlite'));
  const data = await LiveData.open({ db, catalog, units });
  const schema = buildSchema(catalog);
  const context = (actor: Actor | null): Context => ({
    catalog,
    units,
    data,
    actor,
    deadline: new Deadline(60_000),
  });
  return {
    db,
    data,
    schema,
    context,
    run: async (actor, document, variables) =>
      execute({ schema, document: parse(document), variableValues: variables, contextValue: context(actor) }),
    close: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
