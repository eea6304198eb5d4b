// Prints the API's SDL to schema/schema.graphql (committed), or with --check fails when the committed file drifts.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { printSchema } from 'graphql';
import { buildSchema } from './schema/buildSchema';
import { loadServedCatalog } from './servedCatalog';

const SDL_PATH = join(import.meta.dirname, '..', '..', 'schema', 'schema.graphql');

export function currentSdl(): string {
  return `${printSchema(buildSchema(loadServedCatalog()))}\n`;
}

try {
  const sdl = currentSdl();
  const shown = relative(process.cwd(), SDL_PATH);
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(SDL_PATH, 'utf8');
    } catch {}
    if (committed !== sdl) {
      console.error(`${shown} is out of date with the catalog: run npm run schema:print and commit it`);
      process.exitCode = 1;
    } else console.log(`${shown} is up to date`);
  } else {
    writeFileSync(SDL_PATH, sdl);
    console.log(`wrote ${shown}`);
  }
} catch (e) {
  console.error(`error: ${(e as Error).message}`);
  process.exitCode = 1;
}
