// The rules of a camera in the registry, checked before anything is written: each refusal names its field. A new
// camera is checked whole; a change is merged into the stored camera first and the result checked the same way, so
// no sequence of changes can leave a camera the rules would refuse.
import type { CameraKind } from '../db/entities/Camera';
import type { UnitDirectory } from '../units/unitDirectory';
import { CameraInputError } from './cameraInputError';

export const CAMERA_KINDS: readonly CameraKind[] = ['SNAPSHOT', 'HLS'];
export const DEFAULT_REFRESH_SECONDS = 10;
/** Faster than every 2 s is a video, not a snapshot; slower than an hour is no longer a live picture. */
export const MIN_REFRESH_SECONDS = 2;
export const MAX_REFRESH_SECONDS = 3600;

/** A camera as the rules see it: every field present. */
export interface CameraFields {
  unit: string;
  name: string;
  location: string;
  latitude: number | null;
  longitude: number | null;
  kind: CameraKind;
  url: string;
  refreshSeconds: number | null;
  simulated: boolean;
  active: boolean;
}

function text(value: string, field: string, max: number, what: string): string {
  const trimmed = value.trim();
  if (trimmed.length === 0) throw new CameraInputError(`${what} is empty: write 1 to ${max} characters`, field);
  if (trimmed.length > max) {
    throw new CameraInputError(`${what} is at most ${max} characters, got ${trimmed.length}`, field);
  }
  return trimmed;
}

function checkUrl(value: string): string {
  const raw = value.trim();
  if (raw.length > 2000)
    throw new CameraInputError(`a camera URL is at most 2000 characters, got ${raw.length}`, 'url');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CameraInputError(`"${raw.slice(0, 100)}" is not an absolute URL (e.g. https://host/path)`, 'url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CameraInputError(`a camera URL is http or https, not ${url.protocol.replace(/:$/, '')}`, 'url');
  }
  // Every signed-in reader of the unit can read the URL: a password in it would be handed to them all.
  if (url.username || url.password) {
    throw new CameraInputError('a camera URL carries no user name or password: give the camera a public URL', 'url');
  }
  return url.toString();
}

function coordinate(value: number | null, field: 'latitude' | 'longitude'): number | null {
  if (value === null) return null;
  const limit = field === 'latitude' ? 90 : 180;
  if (!Number.isFinite(value) || Math.abs(value) > limit) {
    throw new CameraInputError(`${field} is a number of degrees from -${limit} to ${limit}, got ${value}`, field);
  }
  return value;
}

/** The camera as it will be stored, or the first rule it breaks. */
export function validateCamera(units: UnitDirectory, camera: CameraFields): CameraFields {
  const unit = camera.unit.trim();
  const current = units.current();
  if (!current.get(unit)) {
    throw new CameraInputError(
      `no administrative unit of the current edition (from ${current.edition.validFrom}) has the code "${unit}"`,
      'unit',
    );
  }
  if (!CAMERA_KINDS.includes(camera.kind)) {
    throw new CameraInputError(`unknown kind ${camera.kind}: expected one of ${CAMERA_KINDS.join(', ')}`, 'kind');
  }
  const latitude = coordinate(camera.latitude, 'latitude');
  const longitude = coordinate(camera.longitude, 'longitude');
  if ((latitude === null) !== (longitude === null)) {
    throw new CameraInputError(
      'give both latitude and longitude, or neither',
      latitude === null ? 'latitude' : 'longitude',
    );
  }
  let refreshSeconds = camera.refreshSeconds;
  if (camera.kind === 'HLS') {
    if (refreshSeconds !== null) {
      throw new CameraInputError(
        'only snapshot cameras refresh on an interval: leave it empty for HLS',
        'refreshSeconds',
      );
    }
  } else {
    refreshSeconds ??= DEFAULT_REFRESH_SECONDS;
    if (
      !Number.isInteger(refreshSeconds) ||
      refreshSeconds < MIN_REFRESH_SECONDS ||
      refreshSeconds > MAX_REFRESH_SECONDS
    ) {
      throw new CameraInputError(
        `refreshSeconds is a whole number of seconds from ${MIN_REFRESH_SECONDS} to ${MAX_REFRESH_SECONDS}, got ${refreshSeconds}`,
        'refreshSeconds',
      );
    }
  }
  return {
    unit,
    name: text(camera.name, 'name', 120, 'a camera name'),
    location: text(camera.location, 'location', 200, 'a location'),
    latitude,
    longitude,
    kind: camera.kind,
    url: checkUrl(camera.url),
    refreshSeconds,
    simulated: camera.simulated,
    active: camera.active,
  };
}
