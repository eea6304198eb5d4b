// Builds the GraphQL schema from a compiled catalog: the one place that lists the type files.
import type { Catalog } from '@ioc/schema/catalog';
import type { GraphQLSchema } from 'graphql';
import { addAdminUnit } from './adminUnit';
import { addAlert } from './alert';
import { addAlertActivity } from './alertActivity';
import { addApiToken } from './apiToken';
import { addAuditLog } from './auditLog';
import { createBuilder } from './builder';
import { addCamera } from './camera';
import { addCatalogCheck } from './catalogCheck';
import { addDirective } from './directive';
import { addEnums } from './enums';
import { addIndicator } from './indicator';
import { addIndicatorValue } from './indicatorValue';
import { addLatestValues } from './latestValues';
import { addNationalFeed } from './nationalFeed';
import { addPeriodScalar } from './periodScalar';
import { addSector } from './sector';
import { addSectorValues } from './sectorValues';
import { addSession } from './session';
import { addSubscription } from './subscription';
import { addTarget } from './target';
import { addUser } from './user';
import { addValueExplanation } from './valueExplanation';
import { addValueHistory } from './valueHistory';
import { addValueProjection } from './valueProjection';
import { addValueTrend } from './valueTrend';

export function buildSchema(catalog: Catalog): GraphQLSchema {
  const builder = createBuilder();
  builder.queryType({ description: 'The Lâm Đồng IOC indicator platform.' });
  builder.mutationType({ description: 'Writes: every write is validated whole and recorded in one transaction.' });
  addPeriodScalar(builder);
  const enums = addEnums(builder, catalog);
  const IndicatorRef = addIndicator(builder, catalog, enums);
  addSector(builder, catalog, enums, IndicatorRef);
  const AdminUnitRef = addAdminUnit(builder, enums);
  const UserRef = addUser(builder, { AdminUnit: AdminUnitRef });
  addSession(builder, { User: UserRef });
  addApiToken(builder);
  const IndicatorValueRef = addIndicatorValue(builder, enums, { Indicator: IndicatorRef, AdminUnit: AdminUnitRef });
  addSectorValues(builder, catalog, { AdminUnit: AdminUnitRef, IndicatorValue: IndicatorValueRef });
  addLatestValues(builder, enums, { AdminUnit: AdminUnitRef, IndicatorValue: IndicatorValueRef });
  addValueTrend(builder, { IndicatorValue: IndicatorValueRef });
  addValueProjection(builder, { IndicatorValue: IndicatorValueRef });
  addValueExplanation(builder, enums, {
    IndicatorValue: IndicatorValueRef,
    Indicator: IndicatorRef,
    AdminUnit: AdminUnitRef,
  });
  addTarget(builder, enums);
  addValueHistory(builder, enums, { AdminUnit: AdminUnitRef });
  addSubscription(builder, enums, { IndicatorValue: IndicatorValueRef });
  const AlertRefs = addAlert(builder, enums, {
    Indicator: IndicatorRef,
    AdminUnit: AdminUnitRef,
    IndicatorValue: IndicatorValueRef,
    User: UserRef,
  });
  addDirective(builder, { Alert: AlertRefs.Alert, AdminUnit: AdminUnitRef, User: UserRef });
  addAlertActivity(builder, AlertRefs);
  addAuditLog(builder);
  addCatalogCheck(builder);
  addNationalFeed(builder, { Indicator: IndicatorRef });
  addCamera(builder, { AdminUnit: AdminUnitRef });
  return builder.toSchema({ sortSchema: false });
}
