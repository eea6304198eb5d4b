// The simulated locality cameras of the demo, mounted by the simulator at /cameras: for any camera name,
// `NAME/frame.svg` is a frame drawn at the moment of the request and `NAME/live.m3u8` a live HLS stream looping a
// short committed clip (api/assets/cameraClip, made by scripts/buildCameraClip.sh). Everything is labelled simulated.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { clipSegment, type LoopingClip, livePlaylist } from '../cameras/livePlaylist';
import { simulatedFrame } from '../cameras/simulatedFrame';
import { DEMO_CAMERAS } from '../seed/demoCameras';

const clipDir = fileURLToPath(new URL('../../assets/cameraClip/', import.meta.url));

/** The committed clip: its segments in memory (about 250 KB) and their length from the clip's own playlist. */
function loadClip(): LoopingClip & { data: Buffer[] } {
  const playlist = readFileSync(`${clipDir}clip.m3u8`, 'utf8');
  const durations = [...playlist.matchAll(/^#EXTINF:([\d.]+),/gm)].map((m) => Number(m[1]));
  const files = [...playlist.matchAll(/^(segment-\d+\.bin)$/gm)].map((m) => m[1] as string);
  if (files.length === 0 || durations.length !== files.length) throw new Error(`${clipDir}clip.m3u8 lists no segments`);
  return {
    segmentSeconds: Math.max(...durations),
    segments: files.length,
    data: files.map((file) => readFileSync(`${clipDir}${file}`)),
  };
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** The demo camera's name for its slug; any other slug shows as itself (tests register cameras of their own). */
const nameOf = (slug: string) => DEMO_CAMERAS.find((c) => c.slug === slug)?.name ?? slug;

export function cameraRoutes({ now = () => new Date() }: { now?: () => Date } = {}): Router {
  const clip = loadClip();
  const router = Router();

  router.param('camera', (_req, res, next, slug: string) => {
    if (!SLUG.test(slug)) {
      res.status(404).type('text/plain').send('no such simulated camera: names are lowercase letters, digits and -');
      return;
    }
    next();
  });

  router.get('/', (_req, res) => {
    res.json(DEMO_CAMERAS.map((c) => ({ slug: c.slug, name: c.name, kind: c.kind, simulated: true })));
  });

  router.get('/:camera/frame.svg', (req, res) => {
    // Never cached: each request is the camera's picture at that moment.
    res.set('cache-control', 'no-store').type('image/svg+xml');
    res.send(simulatedFrame({ name: nameOf(req.params.camera), now: now() }));
  });

  router.get('/:camera/live.m3u8', (_req, res) => {
    res.set('cache-control', 'no-store').type('application/vnd.apple.mpegurl');
    res.send(livePlaylist(clip, now()));
  });

  router.get('/:camera/segment-:sequence.ts', (req, res) => {
    const sequence = Number(req.params.sequence);
    if (!/^\d{1,15}$/.test(req.params.sequence) || !Number.isSafeInteger(sequence)) {
      res.status(404).type('text/plain').send('no such segment');
      return;
    }
    // A segment's bytes never change: a sequence number always plays the same part of the clip.
    res.set('cache-control', 'public, max-age=60').type('video/mp2t');
    res.send(clip.data[clipSegment(clip, sequence)]);
  });

  return router;
}
