// Every entity the ORM knows, in one list for the configuration.
import { AlertEntity } from './Alert';
import { AlertEventEntity } from './AlertEvent';
import { ApiTokenEntity } from './ApiToken';
import { AuditEntryEntity } from './AuditEntry';
import { CameraEntity } from './Camera';
import { ChangeEntity } from './Change';
import { DirectiveEntity } from './Directive';
import { FeedStateEntity } from './FeedState';
import { ObservationEntity } from './Observation';
import { ObservationHistoryEntity } from './ObservationHistory';
import { SessionEntity } from './Session';
import { TargetEntity } from './Target';
import { UserEntity } from './User';

export const entities = [
  ObservationEntity,
  ObservationHistoryEntity,
  TargetEntity,
  ChangeEntity,
  UserEntity,
  SessionEntity,
  ApiTokenEntity,
  AlertEntity,
  DirectiveEntity,
  AlertEventEntity,
  AuditEntryEntity,
  CameraEntity,
  FeedStateEntity,
];
