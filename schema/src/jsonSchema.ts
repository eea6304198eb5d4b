// catalog.schema.json, generated from catalogSchema so that editors validate and complete catalog YAML as you type.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { z } from 'zod';
import { JSON_SCHEMA_PATH } from './catalogDir';
import { catalogFileSchema } from './catalogSchema';

export function catalogJsonSchema(): string {
  return `${JSON.stringify(z.toJSONSchema(catalogFileSchema, { target: 'draft-7' }), null, 2)}\n`;
}

export function writeJsonSchema(): string {
  writeFileSync(JSON_SCHEMA_PATH, catalogJsonSchema());
  return relative(process.cwd(), JSON_SCHEMA_PATH);
}

/** A message when the committed JSON Schema differs from the one the catalog format defines, else null. */
export function checkJsonSchema(): string | null {
  let committed = '';
  try {
    committed = readFileSync(JSON_SCHEMA_PATH, 'utf8');
  } catch {}
  return committed === catalogJsonSchema()
    ? null
    : `${relative(process.cwd(), JSON_SCHEMA_PATH)} is out of date: run npm run catalog -- json-schema`;
}
