// Mutation.checkCatalogFile: catalog maintainers try a changed catalog file against the catalog the API serves, with
// the same located problems as `npm run catalog -- check`, before proposing it for review. Nothing is written.
import { DEFAULT_CATALOG_DIR } from '@ioc/schema/catalogDir';
import type { Problem } from '@ioc/schema/problem';
import { GraphQLError } from 'graphql';
import { requireRole } from '../auth/permissions';
import { checkCatalogFile } from '../domain/checkCatalogFile';
import type { Builder } from './builder';

const MAX_TEXT = 1_000_000;
const FILE_NAME = /^[\w.-]+\.ya?ml$/;

function badInput(message: string, argument: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

export function addCatalogCheck(builder: Builder) {
  const CatalogProblemRef = builder.objectRef<Problem>('CatalogProblem').implement({
    description: 'A problem of a catalog file, located as `npm run catalog -- check` reports it.',
    fields: (t) => ({
      path: t.string({
        description: 'The catalog file the problem is in, named as in the catalog directory (e.g. "16-health.yaml").',
        resolve: (p) => p.file,
      }),
      line: t.exposeInt('line', { description: 'Line, from 1.' }),
      column: t.int({ description: 'Column, from 1.', resolve: (p) => p.col }),
      message: t.exposeString('message', { description: 'What is wrong, and often how to fix it.' }),
    }),
  });

  builder.mutationFields((t) => ({
    checkCatalogFile: t.field({
      type: [CatalogProblemRef],
      description:
        'Checks a proposed catalog file (new, or replacing the file of that name) together with the rest of the served catalog, as `npm run catalog -- check` would; an empty list means the catalog would compile. Writes nothing. Catalog maintainers and admins only.',
      args: {
        path: t.arg.string({
          required: true,
          description:
            'The file’s name in the catalog directory, e.g. "16-health.yaml" (a leading directory is ignored).',
        }),
        text: t.arg.string({ required: true, description: 'The whole YAML text of the proposed file.' }),
      },
      resolve: (_root, args, ctx) => {
        requireRole(ctx, ['CATALOG_MAINTAINER', 'ADMIN'], 'check catalog files');
        const name = args.path.split(/[\\/]/).pop() ?? '';
        if (!FILE_NAME.test(name)) {
          throw badInput(`path "${args.path}" is not a catalog file name: expected e.g. "16-health.yaml"`, 'path');
        }
        if (args.text.length > MAX_TEXT) {
          throw badInput(`a catalog file is at most ${MAX_TEXT} characters; got ${args.text.length}`, 'text');
        }
        return checkCatalogFile({ dir: process.env.CATALOG_DIR ?? DEFAULT_CATALOG_DIR, name, text: args.text });
      },
    }),
  }));
}
