// The cameras of a unit, on its page: each active camera with its name, place and kind, a snapshot refreshed on its
// interval or the live stream, and the label "Mô phỏng" on the demo's simulated cameras. Its own query in its own
// Suspense: the unit's values never wait for it. Pictures come through this site (mediaPath.ts).
import { graphql } from '@/gql';
import { type Locale, messages } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import styles from './Cameras.module.css';
import { CAMERA_WORDS } from './cameraWords';
import { HlsPlayer } from './HlsPlayer';
import { cameraMediaPath } from './mediaPath';
import { SnapshotImage } from './SnapshotImage';

const UnitCameras = graphql(`
  query UnitCameras($code: String!) {
    unit(code: $code) {
      code
      cameras {
        id
        name
        location
        latitude
        longitude
        kind
        url
        refreshSeconds
        simulated
      }
    }
  }
`);

const mapLink = (lat: number, lon: number) =>
  `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;

export async function CamerasPanel({ code, locale }: { code: string; locale: Locale }) {
  const m = messages(locale, CAMERA_WORDS);
  const result = await getClient().query(UnitCameras, { code });
  const cameras = result.data?.unit?.cameras;
  if (!cameras) {
    // A reader without access sees the page's own refusal; here only a failure to load says something.
    return result.error && !result.data ? (
      <section className={styles.panel} aria-labelledby="cameras-title">
        <h2 id="cameras-title">{m.title}</h2>
        <p className="error" role="alert">
          {m.failed}
        </p>
      </section>
    ) : null;
  }
  return (
    <section className={styles.panel} aria-labelledby="cameras-title" id="cameras">
      <h2 id="cameras-title">{m.title}</h2>
      {cameras.length === 0 ? (
        <p className={styles.empty}>{m.empty}</p>
      ) : (
        <ul className={styles.grid}>
          {cameras.map((camera) => {
            const src = cameraMediaPath(camera);
            return (
              <li key={camera.id} className={styles.camera} data-camera={camera.id} data-kind={camera.kind}>
                <h3>
                  {camera.name}{' '}
                  {camera.simulated && (
                    <span className={styles.simulated} title={m.simulatedNote}>
                      {m.simulated}
                    </span>
                  )}
                </h3>
                {camera.kind === 'HLS' ? (
                  <HlsPlayer src={src} title={camera.name} locale={locale} />
                ) : (
                  <SnapshotImage
                    src={src}
                    alt={`${camera.name} — ${camera.location}`}
                    refreshSeconds={camera.refreshSeconds ?? 10}
                    locale={locale}
                  />
                )}
                <p className={styles.where}>
                  {camera.location} ·{' '}
                  {camera.kind === 'HLS' ? m.hls : `${m.snapshot}, ${m.every(camera.refreshSeconds ?? 10)}`}
                  {camera.latitude != null && camera.longitude != null && (
                    <>
                      {' · '}
                      <a href={mapLink(camera.latitude, camera.longitude)} rel="noopener noreferrer" target="_blank">
                        {m.map}
                      </a>
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function CamerasSkeleton({ locale }: { locale: Locale }) {
  return (
    <section className={styles.panel} aria-busy="true">
      <h2>{messages(locale, CAMERA_WORDS).title}</h2>
      <p role="status">{messages(locale, CAMERA_WORDS).loading}</p>
    </section>
  );
}
