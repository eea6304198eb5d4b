// Every migration, in order. Listed explicitly (not discovered by file glob) so they load the same way under tsx,
// vitest and a bundler; add each new migration here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20250701000000_initial } from './Migration20250701000000_initial';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20250701000000_initial', class: Migration20250701000000_initial },
];
