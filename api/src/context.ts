// What every resolver can reach: the compiled catalog and the administrative units. Built once per request.
import type { Catalog } from '@ioc/schema/catalog';
import type { Deadline } from './http/executionDeadline';
import type { LiveData } from './live/liveData';
import type { UnitDirectory } from './units/unitDirectory';

export interface Context {
  catalog: Catalog;
  units: UnitDirectory;
  data: LiveData;
  /** Who is asking: recorded with every write (accounts and roles come with the roles issue). */
  actor: string;
  /** Past it, no further value is computed for this operation. */
  deadline: Deadline;
}
