/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CatalogPage {\n    sectors {\n      code\n      name\n      nameEn\n      indicators {\n        code\n        name\n        nameEn\n        unit\n        frequency\n        levels\n        source\n        formula\n        agency\n      }\n    }\n  }\n": typeof types.CatalogPageDocument,
    "\n  query UnitPage($code: String!, $period: Period) {\n    unit(code: $code, period: $period) {\n      code\n      fullName\n      kind\n      level\n      edition {\n        id\n        name\n        validFrom\n        validTo\n      }\n      ancestors {\n        code\n        fullName\n      }\n      children {\n        code\n        fullName\n        level\n      }\n      formedFrom {\n        code\n        fullName\n        parent {\n          fullName\n        }\n      }\n      mergedInto {\n        code\n        fullName\n      }\n    }\n  }\n": typeof types.UnitPageDocument,
};
const documents: Documents = {
    "\n  query CatalogPage {\n    sectors {\n      code\n      name\n      nameEn\n      indicators {\n        code\n        name\n        nameEn\n        unit\n        frequency\n        levels\n        source\n        formula\n        agency\n      }\n    }\n  }\n": types.CatalogPageDocument,
    "\n  query UnitPage($code: String!, $period: Period) {\n    unit(code: $code, period: $period) {\n      code\n      fullName\n      kind\n      level\n      edition {\n        id\n        name\n        validFrom\n        validTo\n      }\n      ancestors {\n        code\n        fullName\n      }\n      children {\n        code\n        fullName\n        level\n      }\n      formedFrom {\n        code\n        fullName\n        parent {\n          fullName\n        }\n      }\n      mergedInto {\n        code\n        fullName\n      }\n    }\n  }\n": types.UnitPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogPage {\n    sectors {\n      code\n      name\n      nameEn\n      indicators {\n        code\n        name\n        nameEn\n        unit\n        frequency\n        levels\n        source\n        formula\n        agency\n      }\n    }\n  }\n"): (typeof documents)["\n  query CatalogPage {\n    sectors {\n      code\n      name\n      nameEn\n      indicators {\n        code\n        name\n        nameEn\n        unit\n        frequency\n        levels\n        source\n        formula\n        agency\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPage($code: String!, $period: Period) {\n    unit(code: $code, period: $period) {\n      code\n      fullName\n      kind\n      level\n      edition {\n        id\n        name\n        validFrom\n        validTo\n      }\n      ancestors {\n        code\n        fullName\n      }\n      children {\n        code\n        fullName\n        level\n      }\n      formedFrom {\n        code\n        fullName\n        parent {\n          fullName\n        }\n      }\n      mergedInto {\n        code\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitPage($code: String!, $period: Period) {\n    unit(code: $code, period: $period) {\n      code\n      fullName\n      kind\n      level\n      edition {\n        id\n        name\n        validFrom\n        validTo\n      }\n      ancestors {\n        code\n        fullName\n      }\n      children {\n        code\n        fullName\n        level\n      }\n      formedFrom {\n        code\n        fullName\n        parent {\n          fullName\n        }\n      }\n      mergedInto {\n        code\n        fullName\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;