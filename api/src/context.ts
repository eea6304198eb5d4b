// What every resolver can reach: the compiled catalog and the administrative units. Built once per request.
import type { Catalog } from '@ioc/schema/catalog';
import type { UnitDirectory } from './units/unitDirectory';

export interface Context {
  catalog: Catalog;
  units: UnitDirectory;
}
