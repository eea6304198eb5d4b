// Refuses text with the NUL character (U+0000) anywhere in an operation's variables or string literals, before any
// resolver runs: no field takes it, SQLite cuts a statement's text at it and PostgreSQL refuses it in text columns,
// so letting it through would end in a database error instead of a clear answer.
import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';

/** The path of the first string holding a NUL under `value`, or undefined. */
function nulAt(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulAt(item, `${path}[${i}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulAt(item, `${path}.${key}`) ?? nulAt(key, `${path} (a key)`);
      if (found) return found;
    }
  }
  return undefined;
}

function literalWithNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (!node.value.includes('\u0000')) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/** The refusal of an operation with a NUL in its text, or undefined when it has none. */
export function nulCharacterError(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | undefined {
  // Paths start with "." from the variables object: ".username" is the variable $username.
  const path = variables ? nulAt(variables, '') : undefined;
  const place =
    path !== undefined ? `variable $${path.slice(1)}` : literalWithNul(document) ? 'a string of the query' : '';
  if (!place) return undefined;
  return new GraphQLError(`${place} contains the NUL character (U+0000), which no text here may hold`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}

export function nulCharactersPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const error = nulCharacterError(document, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
