// The camera registry: create, change, delete and read cameras. Every write checks its input first (nothing is
// written on a refusal) and records, in the same transaction, an audit row with the camera before and after and a
// `camera` row in the change log, so that every API process drops the results it reuses (they list cameras too).
import type { Knex } from '@mikro-orm/knex';
import { writeAudit } from '../audit/writeAudit';
import { CameraInputError } from '../cameras/cameraInputError';
import { type CameraFields, validateCamera } from '../cameras/validateCamera';
import type { EntityManager } from '../db/database';
import { CameraEntity, type CameraKind, type CameraRow } from '../db/entities/Camera';
import type { UnitDirectory } from '../units/unitDirectory';
import { insertRows, inTransaction } from './sql';
import type { AccountWriter } from './users';

export interface Camera extends CameraFields {
  id: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface CreateCameraInput {
  unit: string;
  name: string;
  location: string;
  latitude?: number | null;
  longitude?: number | null;
  kind: CameraKind;
  url: string;
  refreshSeconds?: number | null;
  simulated?: boolean | null;
  active?: boolean | null;
}

/** Changes to a camera: a field left out keeps its value; latitude, longitude and refreshSeconds given as null clear. */
export type UpdateCameraInput = { [K in keyof CreateCameraInput]?: CreateCameraInput[K] | null };

function toCamera(row: CameraRow): Camera {
  return {
    id: row.id,
    unit: row.unit,
    name: row.name,
    location: row.location,
    latitude: row.latitude ?? null,
    longitude: row.longitude ?? null,
    kind: row.kind,
    url: row.url,
    refreshSeconds: row.refreshSeconds ?? null,
    simulated: row.simulated,
    active: row.active,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** What the audit log keeps of a camera: its fields, without the bookkeeping dates. */
function audited({ createdAt: _c, updatedAt: _u, ...fields }: Camera) {
  return fields;
}

/** The change-log row of a registry write: no indicator's value moved, only what the unit's cameras are. */
function announce(trx: Knex.Transaction, unit: string, at: Date) {
  return insertRows(
    trx,
    'changes',
    ['indicator', 'unit', 'period', 'year', 'kind', 'at'],
    [['camera', unit, null, null, 'camera', at]],
  );
}

const notFound = (id: number) => new CameraInputError(`no camera has the id ${id}`, 'id');

export async function createCamera({
  em,
  units,
  input,
  by,
  now = new Date(),
}: {
  em: EntityManager;
  units: UnitDirectory;
  input: CreateCameraInput;
  by: AccountWriter;
  now?: Date;
}): Promise<Camera> {
  const fields = validateCamera(units, {
    ...input,
    latitude: input.latitude ?? null,
    longitude: input.longitude ?? null,
    refreshSeconds: input.refreshSeconds ?? null,
    simulated: input.simulated ?? false,
    active: input.active ?? true,
  });
  return inTransaction(em, async (trx, tem) => {
    const row = tem.create(CameraEntity, { ...fields, createdAt: now, updatedAt: now });
    await tem.flush();
    const camera = toCamera(row);
    await writeAudit(trx, [
      {
        actorId: by.id,
        actor: by.username,
        action: 'createCamera',
        entity: 'cameras',
        entityKey: String(camera.id),
        after: audited(camera),
        at: now,
      },
    ]);
    await announce(trx, camera.unit, now);
    return camera;
  });
}

export async function updateCamera({
  em,
  units,
  id,
  input,
  by,
  now = new Date(),
}: {
  em: EntityManager;
  units: UnitDirectory;
  id: number;
  input: UpdateCameraInput;
  by: AccountWriter;
  now?: Date;
}): Promise<Camera> {
  return inTransaction(em, async (trx, tem) => {
    const row = await tem.findOne(CameraEntity, { id });
    if (!row) throw notFound(id);
    const before = toCamera(row);
    const kind = input.kind ?? before.kind;
    // A camera that changes kind starts from that kind's default interval (none for HLS) unless one is given.
    const refreshSeconds =
      input.refreshSeconds !== undefined ? input.refreshSeconds : kind === before.kind ? before.refreshSeconds : null;
    const fields = validateCamera(units, {
      unit: input.unit ?? before.unit,
      name: input.name ?? before.name,
      location: input.location ?? before.location,
      latitude: input.latitude !== undefined ? input.latitude : before.latitude,
      longitude: input.longitude !== undefined ? input.longitude : before.longitude,
      kind,
      url: input.url ?? before.url,
      refreshSeconds,
      simulated: input.simulated ?? before.simulated,
      active: input.active ?? before.active,
    });
    Object.assign(row, fields, { updatedAt: now });
    await tem.flush();
    const after = toCamera(row);
    await writeAudit(trx, [
      {
        actorId: by.id,
        actor: by.username,
        action: 'updateCamera',
        entity: 'cameras',
        entityKey: String(id),
        before: audited(before),
        after: audited(after),
        at: now,
      },
    ]);
    await announce(trx, after.unit, now);
    return after;
  });
}

export async function deleteCamera({
  em,
  id,
  by,
}: {
  em: EntityManager;
  id: number;
  by: AccountWriter;
}): Promise<Camera> {
  return inTransaction(em, async (trx, tem) => {
    const row = await tem.findOne(CameraEntity, { id });
    if (!row) throw notFound(id);
    const before = toCamera(row);
    tem.remove(row);
    await tem.flush();
    await writeAudit(trx, [
      {
        actorId: by.id,
        actor: by.username,
        action: 'deleteCamera',
        entity: 'cameras',
        entityKey: String(id),
        before: audited(before),
      },
    ]);
    await announce(trx, before.unit, new Date());
    return before;
  });
}

export async function findCamera({ em, id }: { em: EntityManager; id: number }): Promise<Camera | null> {
  const row = await em.findOne(CameraEntity, { id }, { disableIdentityMap: true });
  return row ? toCamera(row) : null;
}

/** Cameras of these units (every unit when `units` is null), by unit then name; inactive ones only when asked. */
export async function listCameras({
  em,
  units,
  includeInactive = false,
}: {
  em: EntityManager;
  units: readonly string[] | null;
  includeInactive?: boolean;
}): Promise<Camera[]> {
  const where = {
    ...(units === null ? {} : { unit: { $in: [...units] } }),
    ...(includeInactive ? {} : { active: true }),
  };
  const rows = await em.find(CameraEntity, where, {
    orderBy: { unit: 'asc', name: 'asc', id: 'asc' },
    disableIdentityMap: true,
  });
  return rows.map(toCamera);
}
