// Where the shipped catalog lives, for tools that take an optional directory.
import { join } from 'node:path';

export const DEFAULT_CATALOG_DIR = join(import.meta.dirname, '..', 'catalog');
export const JSON_SCHEMA_PATH = join(import.meta.dirname, '..', 'catalog.schema.json');
