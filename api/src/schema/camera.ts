// CameraKind, Camera, AdminUnit.cameras, Query.cameras and Query.camera; Mutation.createCamera, updateCamera and
// deleteCamera. Anyone signed in reads the active cameras of the units in their scope; only admins keep the registry
// (and see inactive cameras).
import { createContextCache, type ObjectRef } from '@pothos/core';
import DataLoader from 'dataloader';
import { forbidden, requireActor, requireRole, requireScope, requireUnitInScope } from '../auth/permissions';
import { codeInScope } from '../auth/scope';
import { withCameraInput } from '../cameras/cameraInputError';
import { CAMERA_KINDS } from '../cameras/validateCamera';
import type { Context } from '../context';
import type { CameraKind } from '../db/entities/Camera';
import { type Camera, createCamera, deleteCamera, findCamera, listCameras, updateCamera } from '../store/cameras';
import type { UnitDirectory, UnitInEdition } from '../units/unitDirectory';
import type { Builder, SchemaTypes } from './builder';
import { badArgument, idArgument } from './user';

type Ref<T> = ObjectRef<PothosSchemaTypes.ExtendDefaultTypes<SchemaTypes>, T>;

const KIND_DESCRIPTIONS: Record<CameraKind, string> = {
  SNAPSHOT: 'Ảnh chụp: a still image at the URL, fetched again every refreshSeconds.',
  HLS: 'Luồng trực tiếp: an HTTP Live Streaming playlist (.m3u8) at the URL.',
};

/** The unit a camera belongs to: in the current edition, else the latest edition that has the code. */
function unitOf(units: UnitDirectory, code: string): UnitInEdition | null {
  for (const edition of [units.current(), ...[...units.editions].reverse()]) {
    const found = units.get(edition, code);
    if (found) return found;
  }
  return null;
}

/** The active cameras of the units asked for in one request, in one statement. */
const camerasOfUnit = createContextCache((ctx: Context) => {
  const em = ctx.data.db.em();
  return new DataLoader<string, Camera[]>(async (codes) => {
    const cameras = await listCameras({ em, units: [...codes] });
    return codes.map((code) => cameras.filter((c) => c.unit === code));
  });
});

export function addCamera(builder: Builder, refs: { AdminUnit: Ref<UnitInEdition> }) {
  const CameraKindEnum = builder.enumType('CameraKind', {
    description: 'How a camera’s picture is fetched.',
    values: Object.fromEntries(CAMERA_KINDS.map((k) => [k, { value: k, description: KIND_DESCRIPTIONS[k] }])) as Record<
      CameraKind,
      { value: CameraKind; description: string }
    >,
  });

  const CameraRef = builder.objectRef<Camera>('Camera').implement({
    description: 'A camera of a locality, shown on its unit’s page. Simulated cameras (the demo’s) are labelled so.',
    fields: (t) => ({
      id: t.id({ description: 'Stable identifier of the camera.', resolve: (c) => String(c.id) }),
      unit: t.field({
        type: refs.AdminUnit,
        description: 'The unit whose page shows the camera.',
        resolve: (c, _args, ctx) => {
          const unit = unitOf(ctx.units, c.unit);
          if (!unit) throw new Error(`camera ${c.id} names unit ${c.unit}, which no edition has`);
          return unit;
        },
      }),
      name: t.exposeString('name', { description: 'The camera’s name, e.g. "Hồ Xuân Hương - bờ đông".' }),
      location: t.exposeString('location', { description: 'Where it looks, in words.' }),
      latitude: t.float({
        nullable: true,
        description: 'Degrees north (WGS 84); null when not given.',
        resolve: (c) => c.latitude,
      }),
      longitude: t.float({
        nullable: true,
        description: 'Degrees east (WGS 84); null when not given.',
        resolve: (c) => c.longitude,
      }),
      kind: t.field({ type: CameraKindEnum, description: 'Snapshot image or HLS stream.', resolve: (c) => c.kind }),
      url: t.exposeString('url', { description: 'The image (SNAPSHOT) or the playlist (HLS), http or https.' }),
      refreshSeconds: t.int({
        nullable: true,
        description: 'Seconds between two frames of a snapshot camera; null for HLS.',
        resolve: (c) => c.refreshSeconds,
      }),
      simulated: t.exposeBoolean('simulated', { description: 'A camera of the demo simulator, not a real one.' }),
      active: t.exposeBoolean('active', { description: 'Only active cameras show on unit pages.' }),
      updatedAt: t.string({
        description: 'When the camera was last changed, ISO 8601.',
        resolve: (c) => c.updatedAt.toISOString(),
      }),
    }),
  });

  const fields = {
    unit: 'The GSO code of the unit whose page shows the camera (current edition).',
    name: 'The camera’s name: 1 to 120 characters.',
    location: 'Where it looks, in words: 1 to 200 characters.',
    latitude: 'Degrees north, -90 to 90; with longitude, or neither.',
    longitude: 'Degrees east, -180 to 180; with latitude, or neither.',
    kind: 'Snapshot image or HLS stream.',
    url: 'An http or https URL without user name or password: the image, or the .m3u8 playlist.',
    refreshSeconds: 'Snapshot cameras: seconds between frames, 2 to 3600 (default 10). HLS: leave empty.',
    simulated: 'True for a camera of the demo simulator (default false).',
    active: 'False hides the camera from unit pages but keeps it in the registry (default true).',
  };

  const CreateCameraInput = builder.inputType('CreateCameraInput', {
    description: 'A new camera in the registry.',
    fields: (t) => ({
      unit: t.string({ required: true, description: fields.unit }),
      name: t.string({ required: true, description: fields.name }),
      location: t.string({ required: true, description: fields.location }),
      latitude: t.float({ description: fields.latitude }),
      longitude: t.float({ description: fields.longitude }),
      kind: t.field({ type: CameraKindEnum, required: true, description: fields.kind }),
      url: t.string({ required: true, description: fields.url }),
      refreshSeconds: t.int({ description: fields.refreshSeconds }),
      simulated: t.boolean({ description: fields.simulated }),
      active: t.boolean({ description: fields.active }),
    }),
  });

  const UpdateCameraInput = builder.inputType('UpdateCameraInput', {
    description:
      'Changes to a camera: a field left out keeps its value; latitude, longitude and refreshSeconds given as null clear them.',
    fields: (t) => ({
      unit: t.string({ description: fields.unit }),
      name: t.string({ description: fields.name }),
      location: t.string({ description: fields.location }),
      latitude: t.float({ description: fields.latitude }),
      longitude: t.float({ description: fields.longitude }),
      kind: t.field({ type: CameraKindEnum, description: fields.kind }),
      url: t.string({ description: fields.url }),
      refreshSeconds: t.int({ description: fields.refreshSeconds }),
      simulated: t.boolean({ description: fields.simulated }),
      active: t.boolean({ description: fields.active }),
    }),
  });

  builder.objectField(refs.AdminUnit, 'cameras', (t) =>
    t.field({
      type: [CameraRef],
      description: 'The active cameras of this unit (not of the units below it), by name.',
      resolve: (unit, _args, ctx) => {
        requireUnitInScope(ctx, unit, 'see the cameras of');
        return camerasOfUnit(ctx).load(unit.unit.code);
      },
    }),
  );

  builder.queryFields((t) => ({
    cameras: t.field({
      type: [CameraRef],
      description:
        'Cameras by unit then name, always within your scope (an officer: their unit and the units below it). Inactive ones for admins only.',
      args: {
        unit: t.arg.string({ description: 'Only this unit’s cameras (GSO code); else every unit in your scope.' }),
        includeInactive: t.arg.boolean({ defaultValue: false, description: 'Admins: the inactive cameras too.' }),
      },
      resolve: async (_root, args, ctx) => {
        const scope = requireScope(ctx);
        if (args.includeInactive) requireRole(ctx, ['ADMIN'], 'see inactive cameras');
        if (args.unit != null) {
          const unit = unitOf(ctx.units, args.unit);
          if (!unit) throw badArgument(`no administrative unit has the code "${args.unit}"`, 'unit');
          requireUnitInScope(ctx, unit, 'see the cameras of');
        }
        const cameras = await listCameras({
          em: ctx.data.db.em(),
          units: args.unit != null ? [args.unit] : null,
          includeInactive: args.includeInactive ?? false,
        });
        return cameras.filter((c) => codeInScope(scope, c.unit));
      },
    }),
    camera: t.field({
      type: CameraRef,
      description: 'One camera of a unit in your scope. An inactive camera is found by admins only.',
      args: { id: t.arg.id({ required: true, description: 'The camera.' }) },
      resolve: async (_root, args, ctx) => {
        const actor = requireActor(ctx);
        const id = idArgument(args.id);
        const camera = await findCamera({ em: ctx.data.db.em(), id });
        if (!camera || (!camera.active && actor.role !== 'ADMIN'))
          throw badArgument(`no camera has the id ${id}`, 'id');
        const unit = unitOf(ctx.units, camera.unit);
        if (!unit) throw forbidden(`camera ${id} belongs to no unit you may see`);
        requireUnitInScope(ctx, unit, 'see the cameras of');
        return camera;
      },
    }),
  }));

  /** A registry write; then this process applies its change-log row at once, so its next read sees it. */
  const written = async (ctx: Context, write: () => Promise<Camera>) => {
    const camera = await withCameraInput(write);
    await ctx.data.refresh();
    return camera;
  };

  const by = (ctx: Context, what: string) => {
    const admin = requireRole(ctx, ['ADMIN'], what);
    return { id: admin.userId, username: admin.username };
  };

  builder.mutationFields((t) => ({
    createCamera: t.field({
      type: CameraRef,
      description:
        'Registers a camera (admins only). A bad URL, an unknown unit or a field out of bounds changes nothing.',
      args: { input: t.arg({ type: CreateCameraInput, required: true, description: 'The new camera.' }) },
      resolve: (_root, { input }, ctx) => {
        const writer = by(ctx, 'register cameras');
        return written(ctx, () => createCamera({ em: ctx.data.db.em(), units: ctx.units, input, by: writer }));
      },
    }),
    updateCamera: t.field({
      type: CameraRef,
      description: 'Changes a camera (admins only): any field, or `active: false` to take it off the unit pages.',
      args: {
        id: t.arg.id({ required: true, description: 'The camera to change.' }),
        input: t.arg({ type: UpdateCameraInput, required: true, description: 'What changes.' }),
      },
      resolve: (_root, args, ctx) => {
        const writer = by(ctx, 'change cameras');
        const id = idArgument(args.id);
        return written(ctx, () =>
          updateCamera({ em: ctx.data.db.em(), units: ctx.units, id, input: args.input, by: writer }),
        );
      },
    }),
    deleteCamera: t.field({
      type: CameraRef,
      description: 'Removes a camera from the registry (admins only) and returns it as it was.',
      args: { id: t.arg.id({ required: true, description: 'The camera to remove.' }) },
      resolve: (_root, args, ctx) => {
        const writer = by(ctx, 'delete cameras');
        const id = idArgument(args.id);
        return written(ctx, () => deleteCamera({ em: ctx.data.db.em(), id, by: writer }));
      },
    }),
  }));

  return CameraRef;
}
