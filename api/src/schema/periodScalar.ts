// The Period scalar: SDMX-style identifiers, rejected with a message that says where and why.
import { parsePeriod, tryParsePeriod } from '@ioc/schema/period';
import { GraphQLError, Kind } from 'graphql';
import type { Builder } from './builder';

export function addPeriodScalar(builder: Builder) {
  const parse = (value: unknown): string => {
    if (typeof value !== 'string')
      throw new GraphQLError(`Period must be a string such as "2025-07", got ${typeof value}`);
    const result = tryParsePeriod(value);
    if (!result.ok) throw new GraphQLError(result.error.message);
    return result.period.id;
  };
  return builder.scalarType('Period', {
    description:
      'A period: 2025 (year), 2025-Q3 (quarter), 2025-07 (month), 2025-W05 (ISO week), 2025-07-15 (day). A week belongs to the month, quarter and year that hold its Thursday.',
    serialize: (value) => parsePeriod(String(value)).id,
    parseValue: parse,
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING)
        throw new GraphQLError(`Period must be a string such as "2025-07", got ${ast.kind}`);
      return parse(ast.value);
    },
  });
}
