// `npm run catalog -- check [dir]`, `graph CODE [dir]` and `json-schema [--check]`: the catalog maintainers' tools.
import { relative } from 'node:path';
import { type Catalog, loadCatalog } from './catalog';
import { DEFAULT_CATALOG_DIR } from './catalogDir';
import { checkJsonSchema, writeJsonSchema } from './jsonSchema';
import { formatProblem } from './problem';
import { reviewCatalogChange } from './reviewCatalog';
import { catalogSummary } from './summary';

const USAGE = `usage:
  npm run catalog -- check [dir]          validate a catalog directory (default: schema/catalog)
  npm run catalog -- graph CODE [dir]     print an indicator's inputs and dependents as trees
  npm run catalog -- json-schema [--check] write (or check) schema/catalog.schema.json
  npm run catalog -- diff GIT_REF [dir]   review the catalog's change since a git ref: indicators added, removed
                                          and changed, stale values, GraphQL changes (exit 1 on an unintended
                                          breaking change; see schema/intended-breaking.yaml)`;

function load(dir: string | undefined): Catalog | null {
  const shown = dir ?? relative(process.cwd(), DEFAULT_CATALOG_DIR);
  const result = loadCatalog(shown);
  if (!result.ok) {
    for (const p of result.problems) console.log(formatProblem(p));
    console.error(`${result.problems.length} problem(s) in ${shown}`);
    return null;
  }
  return result.catalog;
}

function tree(
  catalog: Catalog,
  code: string,
  next: (c: string) => string[],
  prefix = '',
  seen = new Set<string>(),
): string[] {
  const lines: string[] = [];
  const children = next(code);
  children.forEach((child, i) => {
    const last = i === children.length - 1;
    const ind = catalog.byCode.get(child);
    const label = ind ? `${child} (${ind.name}; ${ind.frequency}, ${ind.level}, ${ind.kind})` : child;
    lines.push(`${prefix}${last ? '└── ' : '├── '}${label}${seen.has(child) ? ' …' : ''}`);
    if (!seen.has(child)) {
      lines.push(...tree(catalog, child, next, `${prefix}${last ? '    ' : '│   '}`, new Set([...seen, child])));
    }
  });
  return lines;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'check': {
      const catalog = load(rest[0]);
      if (!catalog) return 1;
      console.log(catalogSummary(catalog, rest[0] ?? relative(process.cwd(), DEFAULT_CATALOG_DIR)));
      return 0;
    }
    case 'graph': {
      const code = rest[0];
      if (!code) {
        console.error(`graph needs an indicator code\n${USAGE}`);
        return 1;
      }
      const catalog = load(rest[1]);
      if (!catalog) return 1;
      const ind = catalog.byCode.get(code);
      if (!ind) {
        const near = [...catalog.byCode.keys()].filter((c) => c.includes(code.toUpperCase())).slice(0, 5);
        console.error(`unknown indicator "${code}"${near.length ? `; similar: ${near.join(', ')}` : ''}`);
        return 1;
      }
      console.log(`${ind.code} — ${ind.name} (${ind.nameEn})`);
      console.log(ind.formula ? `formula: ${ind.formula.text}` : `input: ${ind.source}`);
      const inputs = tree(catalog, code, (c) => catalog.byCode.get(c)?.inputs ?? []);
      const dependents = tree(catalog, code, (c) => catalog.byCode.get(c)?.dependents ?? []);
      console.log(`inputs:${inputs.length ? `\n${inputs.join('\n')}` : ' none'}`);
      console.log(`dependents:${dependents.length ? `\n${dependents.join('\n')}` : ' none'}`);
      return 0;
    }
    case 'json-schema':
      if (rest.includes('--check')) {
        const drift = checkJsonSchema();
        if (drift) console.error(drift);
        return drift ? 1 : 0;
      }
      console.log(`wrote ${writeJsonSchema()}`);
      return 0;
    case 'diff': {
      const ref = rest[0];
      if (!ref) {
        console.error(`diff needs a git ref (e.g. HEAD~1, main)\n${USAGE}`);
        return 1;
      }
      const review = await reviewCatalogChange({ ref, dir: rest[1], cwd: process.env.INIT_CWD ?? process.cwd() });
      for (const line of review.lines) console.log(line);
      return review.ok ? 0 : 1;
    }
    default:
      console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
      return 1;
  }
}

// Piped into `head`: stop quietly when the reader has gone.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  // A maintainer gets a sentence, never a stack trace.
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
}
