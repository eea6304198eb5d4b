// Every migration, in order. Listed explicitly (not discovered by file glob) so they load the same way under tsx,
// vitest and a bundler; add each new migration here.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20250701000000_initial } from './Migration20250701000000_initial';
import { Migration20261128000000_accounts_alerts } from './Migration20261128000000_accounts_alerts';
import { Migration20261128120000_cameras } from './Migration20261128120000_cameras';
import { Migration20261128130000_feed_states } from './Migration20261128130000_feed_states';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20250701000000_initial', class: Migration20250701000000_initial },
  { name: 'Migration20261128000000_accounts_alerts', class: Migration20261128000000_accounts_alerts },
  { name: 'Migration20261128120000_cameras', class: Migration20261128120000_cameras },
  { name: 'Migration20261128130000_feed_states', class: Migration20261128130000_feed_states },
];
