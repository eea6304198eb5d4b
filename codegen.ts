// graphql-codegen: the committed SDL (schema/schema.graphql, printed from the catalog) -> typed documents for web,
// and the manifest of their persisted documents (web/src/gql/persisted-documents.json: sha256 hash -> document) that
// a production API accepts alone (GRAPHQL_PERSISTED_DOCUMENTS, see README).
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
        // Each document carries its hash (`__meta__.hash`), which the web's urql client sends in place of the text.
        // The hash is the plain hex sha256 of the manifest's text, as Apollo's `extensions.persistedQuery.sha256Hash`
        // expects it (the preset's own 'sha256' writes `sha256:<hex>`).
        persistedDocuments: {
          mode: 'embedHashInDocument',
          hashAlgorithm: (document: string) => createHash('sha256').update(document).digest('hex'),
        },
      },
      config: {
        scalars: { Period: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
