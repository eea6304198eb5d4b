// The catalog the API serves: the shipped one, or the directory in CATALOG_DIR. An invalid catalog stops start-up
// with its located problems, never a stack trace.
import { type Catalog, loadCatalog } from '@ioc/schema/catalog';
import { DEFAULT_CATALOG_DIR } from '@ioc/schema/catalogDir';
import { formatProblem } from '@ioc/schema/problem';

export class CatalogInvalidError extends Error {}

export function loadServedCatalog(dir = process.env.CATALOG_DIR ?? DEFAULT_CATALOG_DIR): Catalog {
  const result = loadCatalog(dir);
  if (!result.ok) {
    throw new CatalogInvalidError(`the catalog is invalid:\n${result.problems.map(formatProblem).join('\n')}`);
  }
  return result.catalog;
}
