// Query.auditLog: who wrote what and when, newest first, as a cursor connection. Admins only.
import { decodeBase64, encodeBase64 } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { requireRole } from '../auth/permissions';
import { type AuditEntry, readAuditLog } from '../store/auditLog';
import type { Builder } from './builder';

export const MAX_AUDIT_PAGE = 100;
const DEFAULT_AUDIT_PAGE = 20;
const CURSOR_PREFIX = 'AuditEntry:';

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

function auditCursor(entry: Pick<AuditEntry, 'id'>): string {
  return encodeBase64(`${CURSOR_PREFIX}${entry.id}`);
}

function entryIdOf(cursor: string): number {
  let text = '';
  try {
    text = decodeBase64(cursor);
  } catch {}
  const id = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw badInput(`after: "${cursor}" is not a cursor of auditLog; pass a cursor it returned`, 'after');
  }
  return id;
}

export function addAuditLog(builder: Builder) {
  const AuditEntryRef = builder.objectRef<AuditEntry>('AuditEntry').implement({
    description:
      'One recorded write: who, when, what, and the state before and after. Written in the same transaction as the write.',
    fields: (t) => ({
      id: t.id({ description: 'The entry’s id; ids grow with time.', resolve: (e) => String(e.id) }),
      at: t.string({
        description: 'When it was written: an ISO 8601 date-time in UTC.',
        resolve: (e) => e.at.toISOString(),
      }),
      actor: t.exposeString('actor', {
        description: 'Who wrote it: a username, or "import:USER" and "seed" for the command line.',
      }),
      action: t.exposeString('action', {
        description: 'The mutation or command, e.g. recordValues, setTargets, issueDirective, createUser.',
      }),
      entity: t.exposeString('entity', {
        description: 'What was written: observations, targets, directives, alert_events, users, api_tokens, sessions.',
      }),
      entityKey: t.exposeString('entityKey', {
        description: 'Which rows: an id, or a summary for a batch ("3 values: 68 ECO_GRDP 2026-Q3, …").',
      }),
      before: t.string({
        nullable: true,
        description:
          'JSON of the changed items before the write (a new item’s value is null); null when nothing existed before.',
        resolve: (e) => e.before,
      }),
      after: t.string({
        nullable: true,
        description: 'JSON of the changed items after the write; null when the write removed them.',
        resolve: (e) => e.after,
      }),
    }),
  });

  const AuditEntryConnection = builder.connectionObject(
    { type: AuditEntryRef, name: 'AuditEntryConnection', description: 'A page of the audit log, newest first.' },
    { name: 'AuditEntryEdge', description: 'An audit entry and its cursor.' },
  );

  builder.queryFields((t) => ({
    auditLog: t.field({
      type: AuditEntryConnection,
      description: `The audit log, newest first, in pages of at most ${MAX_AUDIT_PAGE} (default ${DEFAULT_AUDIT_PAGE}); page on with after. Admins only.`,
      args: {
        first: t.arg.int({ description: `At most this many entries (at most ${MAX_AUDIT_PAGE}).` }),
        after: t.arg.string({
          description: 'Only entries older than this cursor (an `endCursor` or an edge `cursor`).',
        }),
        actor: t.arg.string({ description: 'Only the entries of this actor (a username).' }),
        action: t.arg.string({ description: 'Only the entries of this action (e.g. recordValues).' }),
      },
      resolve: async (_root, args, ctx) => {
        requireRole(ctx, ['ADMIN'], 'read the audit log');
        const first = args.first ?? DEFAULT_AUDIT_PAGE;
        if (first < 0 || first > MAX_AUDIT_PAGE) {
          throw badInput(`first must be between 0 and ${MAX_AUDIT_PAGE}, got ${first}`, 'first');
        }
        const page = await readAuditLog({
          em: ctx.data.db.em(),
          olderThan: args.after ? entryIdOf(args.after) : null,
          limit: first,
          actor: args.actor,
          action: args.action,
        });
        const edges = page.entries.map((node) => ({ cursor: auditCursor(node), node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: page.more,
            hasPreviousPage: args.after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges[edges.length - 1]?.cursor ?? null,
          },
        };
      },
    }),
  }));
}
