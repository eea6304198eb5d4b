// The Pothos builder: plugins, scalars and the context type. The types themselves live one per file beside it.
import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import type { Context } from '../context';

export interface SchemaTypes {
  Context: Context;
  DefaultFieldNullability: false;
  // Connections follow the rest of the schema: no null edges, no null nodes.
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
  Scalars: {
    Period: { Input: string; Output: string };
  };
}

export type Builder = PothosSchemaTypes.SchemaBuilder<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>>;

/** A new builder per schema: the schema is generated from a catalog, so tests and benchmarks build several. */
export function createBuilder(): Builder {
  return new SchemaBuilder<SchemaTypes>({
    defaultFieldNullability: false,
    plugins: [RelayPlugin],
    // Cursor connections only (lists that grow): no Node interface and no node/nodes queries, so adding the plugin
    // adds types to the schema and renames nothing; cursors are opaque strings.
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      nodeQueryOptions: false,
      nodesQueryOptions: false,
      edgesFieldOptions: {
        nullable: { list: false, items: false },
        description: 'The items of this page, in list order.',
      },
      nodeFieldOptions: { nullable: false, description: 'The item at this position.' },
      pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
      pageInfoTypeOptions: { description: 'Where a page of a cursor connection sits in the whole list.' },
      hasNextPageFieldOptions: { description: 'Whether more items follow the last one of this page.' },
      hasPreviousPageFieldOptions: { description: 'Whether items precede the first one of this page.' },
      startCursorFieldOptions: { description: 'Cursor of the first item of this page; null when the page is empty.' },
      endCursorFieldOptions: { description: 'Cursor of the last item of this page; null when the page is empty.' },
      cursorFieldOptions: { description: 'Opaque position of this item: pass it as `after` or `before`.' },
      firstArgOptions: { description: 'Page forwards: at most this many items from the start (after `after`).' },
      afterArgOptions: { description: 'Only items after this cursor (an `endCursor` or an edge `cursor`).' },
      lastArgOptions: { description: 'Page backwards: at most this many items from the end (before `before`).' },
      beforeArgOptions: { description: 'Only items before this cursor (a `startCursor` or an edge `cursor`).' },
    },
  });
}
