// A camera of a locality in the registry: where it is, which unit's page shows it, and how its picture is fetched
// (a snapshot image refreshed on an interval, or an HLS live stream). Admins keep the registry.
import { defineEntity, type InferEntity, p } from '@mikro-orm/core';

export type CameraKind = 'SNAPSHOT' | 'HLS';

export const CameraEntity = defineEntity({
  name: 'Camera',
  tableName: 'cameras',
  properties: {
    id: p.integer().primary().autoincrement(),
    /** The unit whose page shows it (GSO code of any edition). */
    unit: p.string().length(8),
    name: p.string().length(120),
    /** Where it looks, in words: a street, a crossing, a market. */
    location: p.string().length(200),
    latitude: p.double().runtimeType('number').$type<number>().nullable(),
    longitude: p.double().runtimeType('number').$type<number>().nullable(),
    kind: p.string().length(16).$type<CameraKind>(),
    /** An http(s) URL: the image of a snapshot camera, the playlist (.m3u8) of an HLS camera. */
    url: p.string().length(2000),
    /** Seconds between two frames of a snapshot camera; null for HLS. */
    refreshSeconds: p.integer().nullable(),
    /** A camera of the demo's simulator, not a real one: labelled so wherever it shows. */
    simulated: p.boolean(),
    /** An inactive camera stays in the registry (and the admin page) but no unit page shows it. */
    active: p.boolean(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [{ name: 'cameras_unit_index', properties: ['unit'] }],
});

export type CameraRow = InferEntity<typeof CameraEntity>;
