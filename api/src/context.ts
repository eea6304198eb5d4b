// What every resolver can reach: the compiled catalog and the administrative units. Built once per request.
import type { Catalog } from '@ioc/schema/catalog';
import type { Actor } from './auth/actor';
import type { Deadline } from './http/executionDeadline';
import type { RateLimits } from './http/rateLimits';
import type { LiveData } from './live/liveData';
import type { UnitDirectory } from './units/unitDirectory';

export interface Context {
  catalog: Catalog;
  units: UnitDirectory;
  data: LiveData;
  /** Who is asking (from the session cookie or bearer token), or null for an anonymous request. */
  actor: Actor | null;
  /** Past it, no further value is computed for this operation. */
  deadline: Deadline;
  /** The client's address (behind a trusted proxy, the one it names): what rate limits count by. */
  clientIp?: string;
  /** The API's rate limits (absent in in-process tests: nothing is limited). */
  rateLimits?: RateLimits;
}
