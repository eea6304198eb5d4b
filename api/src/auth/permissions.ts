// What each role may do, as guards the resolvers call first: they throw the GraphQL error a client sees
// (UNAUTHENTICATED or FORBIDDEN) and return what the resolver needs (the actor, the scope). The rules are the table in
// README "Roles"; the authorization matrix test holds every operation to it.
import { GraphQLError } from 'graphql';
import type { Context } from '../context';
import type { ObservationInput } from '../domain/observation';
import type { UnitInEdition } from '../units/unitDirectory';
import type { Actor, Role } from './actor';
import { refusedEntries } from './entryScope';
import { codeInScope, inScope, scopeOf, type UnitScope } from './scope';

export function unauthenticated(
  message = 'sign in first: this needs a session cookie or a bearer token',
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED' } });
}

export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/** The signed-in actor; anonymous requests get UNAUTHENTICATED. */
export function requireActor(ctx: Pick<Context, 'actor'>): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

const roleNames: Record<Role, string> = {
  LEADER: 'leaders',
  ANALYST: 'analysts',
  OFFICER: 'officers',
  CATALOG_MAINTAINER: 'catalog maintainers',
  ADMIN: 'admins',
};

/** The actor, if their role is one of `roles`; else FORBIDDEN naming who may (`what`: e.g. "issue directives"). */
export function requireRole(ctx: Pick<Context, 'actor'>, roles: readonly Role[], what: string): Actor {
  const actor = requireActor(ctx);
  if (!roles.includes(actor.role)) {
    const who = roles.map((r) => roleNames[r]).join(' and ');
    throw forbidden(`only ${who} may ${what}; you are signed in as ${actor.username} (${actor.role})`);
  }
  return actor;
}

/** The signed-in actor's unit scope (every unit for every role but officers). */
export function requireScope(ctx: Pick<Context, 'actor' | 'units'>): UnitScope {
  return scopeOf(ctx.units, requireActor(ctx));
}

/** Refuses a unit outside the actor's scope (`what`: e.g. "see the values of"). */
export function requireUnitInScope(ctx: Pick<Context, 'actor' | 'units'>, unit: UnitInEdition, what: string): void {
  const actor = requireActor(ctx);
  const scope = scopeOf(ctx.units, actor);
  if (!inScope(scope, unit)) {
    throw forbidden(
      `you may not ${what} ${unit.unit.fullName} (${unit.unit.code}): ${actor.username} acts for unit ${actor.unit} and the units below it`,
    );
  }
}

/** Refuses the values of a unit outside the actor's scope (anonymous: UNAUTHENTICATED). Structural fields skip it. */
export function requireValuesOf(ctx: Pick<Context, 'actor' | 'units'>, unit: UnitInEdition): void {
  requireUnitInScope(ctx, unit, 'see the values of');
}

/** Keeps the units of a list the actor may see (a filter, as Keystone's access rules return). */
export function unitsInScope<T extends UnitInEdition>(ctx: Pick<Context, 'actor' | 'units'>, list: readonly T[]): T[] {
  const scope = requireScope(ctx);
  return scope.all ? [...list] : list.filter((u) => inScope(scope, u));
}

/** Whether the actor's scope holds a unit code in any edition (a live subscription names a code, not an edition). */
export function requireCodeInScope(ctx: Pick<Context, 'actor' | 'units'>, code: string, what: string): void {
  const actor = requireActor(ctx);
  if (!codeInScope(scopeOf(ctx.units, actor), code)) {
    throw forbidden(
      `you may not ${what} unit ${code}: ${actor.username} acts for unit ${actor.unit} and the units below it`,
    );
  }
}

/**
 * Mutation.recordValues, after requireRole(OFFICER): each item of the officer's subtree (and, for a department officer,
 * of their agency's indicators). A batch with any item outside is refused whole, one error per item (extensions.items).
 */
export function requireEntriesInScope(
  ctx: Pick<Context, 'units' | 'catalog'>,
  actor: Actor,
  argument: string,
  items: readonly ObservationInput[],
): void {
  const scope = scopeOf(ctx.units, actor);
  const errors = refusedEntries({ catalog: ctx.catalog, units: ctx.units, actor, scope, items });
  if (errors.length === 0) return;
  const lines = errors.map((e) => `${argument}[${e.index}].${e.field}: ${e.message}`);
  throw new GraphQLError(
    `${errors.length} of ${items.length} ${argument} refused; nothing was recorded:\n${lines.join('\n')}`,
    { extensions: { code: 'FORBIDDEN', argument, items: errors } },
  );
}
