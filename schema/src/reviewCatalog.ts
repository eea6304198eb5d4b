// `npm run catalog -- diff GIT_REF [dir]`: the review of a catalog change against a git ref. The catalog directory
// and the committed GraphQL schema (schema/schema.graphql, printed from the catalog by `npm run schema:print`) are
// read as they were at the ref and as they are in the working tree; breaking GraphQL changes fail the review unless
// schema/intended-breaking.yaml lists them.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { type Catalog, loadCatalog } from './catalog';
import { diffCatalogs, formatCatalogDiff } from './catalogDiff';
import { checkoutDir, fileAt, resolveRef } from './gitRef';
import { diffSchemas, formatSchemaChanges, readIntendedBreaking, unintendedBreaking } from './graphqlDiff';
import { formatProblem } from './problem';

export interface Review {
  lines: string[];
  /** False when a catalog does not load or a breaking GraphQL change is not marked intended. */
  ok: boolean;
}

const SCHEMA_FILE = join('schema', 'schema.graphql');
const INTENDED_FILE = join('schema', 'intended-breaking.yaml');

function loaded(dir: string, shownAs: string, lines: string[]): Catalog | null {
  const result = loadCatalog(dir);
  if (result.ok) return result.catalog;
  lines.push(`the catalog ${shownAs} does not load:`);
  for (const p of result.problems) lines.push(`  ${formatProblem({ ...p, file: p.file.replace(dir, shownAs) })}`);
  return null;
}

export async function reviewCatalogChange(options: { ref: string; dir?: string; cwd?: string }): Promise<Review> {
  const { root, commit } = resolveRef(options.ref, options.cwd);
  const dir = relative(root, resolve(options.cwd ?? process.cwd(), options.dir ?? join(root, 'schema', 'catalog')));
  const lines = [`catalog ${dir}: ${options.ref} (${commit.slice(0, 12)}) -> working tree`];
  const old = checkoutDir(root, commit, dir);
  try {
    const before = loaded(old, `${dir} at ${options.ref}`, lines);
    const after = loaded(join(root, dir), dir, lines);
    if (!before || !after) return { lines, ok: false };
    lines.push(...formatCatalogDiff(diffCatalogs(before, after)));
  } finally {
    rmSync(old, { recursive: true, force: true });
  }

  const schemaBefore = fileAt(root, commit, SCHEMA_FILE);
  const schemaPath = join(root, SCHEMA_FILE);
  if (schemaBefore === null || !existsSync(schemaPath)) {
    lines.push(
      `GraphQL changes: not compared (${SCHEMA_FILE} is missing ${schemaBefore === null ? `at ${options.ref}` : 'in the working tree'})`,
    );
    return { lines, ok: true };
  }
  const intended = readIntendedBreaking(join(root, INTENDED_FILE));
  const changes = await diffSchemas(schemaBefore, readFileSync(schemaPath, 'utf8'), intended);
  lines.push(...formatSchemaChanges(changes));
  const breaking = unintendedBreaking(changes);
  if (breaking.length > 0) {
    lines.push(
      `${breaking.length} breaking GraphQL change(s) would break clients. If that is intended, list each path in ${INTENDED_FILE} with a reason: ${breaking.map((c) => c.path).join(', ')}`,
    );
  }
  return { lines, ok: breaking.length === 0 };
}
