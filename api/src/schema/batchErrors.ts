// Errors of batch mutations: a batch too large, or rejected whole with one error per bad item (extensions.items),
// each line naming the argument path (values[3].unit: ...) so a client can point at the item.
import { GraphQLError } from 'graphql';

export function batchTooLarge(argument: string, max: number, got: number): GraphQLError {
  return new GraphQLError(`a batch is at most ${max} ${argument}; got ${got}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

export function batchRejected(
  argument: string,
  total: number,
  errors: ReadonlyArray<{ index: number; field: string; message: string }>,
): GraphQLError {
  const lines = errors.map((e) => `${argument}[${e.index}].${e.field}: ${e.message}`);
  return new GraphQLError(
    `${errors.length} of ${total} ${argument} rejected; nothing was recorded:\n${lines.join('\n')}`,
    {
      extensions: { code: 'BAD_USER_INPUT', argument, items: errors },
    },
  );
}
