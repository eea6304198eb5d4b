// Every entity the ORM knows, in one list for the configuration.
import { ChangeEntity } from './Change';
import { ObservationEntity } from './Observation';
import { ObservationHistoryEntity } from './ObservationHistory';
import { TargetEntity } from './Target';

export const entities = [ObservationEntity, ObservationHistoryEntity, TargetEntity, ChangeEntity];
