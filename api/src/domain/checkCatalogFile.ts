// A dry run of a catalog change: a proposed catalog file (new, or replacing the file of that name) compiled with the
// rest of the catalog directory, as `npm run catalog -- check` would on the changed directory. Writes nothing.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { compileCatalog } from '@ioc/schema/catalog';
import { type CatalogFile, listCatalogFiles, loadCatalogFile } from '@ioc/schema/loader';
import { type Problem, sortProblems } from '@ioc/schema/problem';

/** Problems are located in files named as in the catalog directory (e.g. "16-health.yaml"). */
export function checkCatalogFile(options: { dir: string; name: string; text: string }): Problem[] {
  const files: CatalogFile[] = [];
  const problems: Problem[] = [];
  const add = (loaded: ReturnType<typeof loadCatalogFile>) => {
    problems.push(...loaded.problems);
    if (loaded.file) files.push(loaded.file);
  };
  for (const path of listCatalogFiles(options.dir)) {
    const name = basename(path);
    if (name !== options.name) add(loadCatalogFile(name, readFileSync(path, 'utf8')));
  }
  add(loadCatalogFile(options.name, options.text));
  const result = compileCatalog(files, problems);
  return result.ok ? [] : sortProblems(result.problems);
}
