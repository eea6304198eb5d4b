// The Pothos builder: plugins, scalars and the context type. The types themselves live one per file beside it.
import SchemaBuilder from '@pothos/core';
import type { Context } from '../context';

export interface SchemaTypes {
  Context: Context;
  DefaultFieldNullability: false;
  Scalars: {
    Period: { Input: string; Output: string };
  };
}

export type Builder = PothosSchemaTypes.SchemaBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>>;

/** A new builder per schema: the schema is generated from a catalog, so tests and benchmarks build several. */
export function createBuilder(): Builder {
  return new SchemaBuilder<SchemaTypes>({ defaultFieldNullability: false });
}
