// The simulated cameras: a live playlist slid over the looping clip (every segment keeps its sequence and its
// discontinuity number from one refresh to the next, as HLS players need), frames drawn at the moment asked, and the
// routes the demo's cameras point at, served over real HTTP.
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { livePlaylist, WINDOW } from '../../src/cameras/livePlaylist';
import { simulatedFrame } from '../../src/cameras/simulatedFrame';
import { cameraRoutes } from '../../src/simulator/cameraRoutes';

const clip = { segmentSeconds: 2, segments: 8 };

/** Each segment of a playlist with the discontinuity number a player gives it (HLS spec 6.2.2). */
function segmentsOf(playlist: string): Map<number, number> {
  let sequence = Number(/#EXT-X-MEDIA-SEQUENCE:(\d+)/.exec(playlist)?.[1]);
  let discontinuity = Number(/#EXT-X-DISCONTINUITY-SEQUENCE:(\d+)/.exec(playlist)?.[1]);
  const seen = new Map<number, number>();
  for (const line of playlist.split('\n')) {
    if (line === '#EXT-X-DISCONTINUITY') discontinuity++;
    const named = /^segment-(\d+)\.ts$/.exec(line);
    if (named) {
      expect(Number(named[1])).toBe(sequence);
      seen.set(sequence++, discontinuity);
    }
  }
  return seen;
}

describe('live playlist', () => {
  it('holds the last WINDOW segments up to the one playing now', () => {
    const playlist = livePlaylist(clip, new Date(1_000_001_000)); // second 1,000,001: sequence 500,000
    expect(playlist).toContain(`#EXT-X-MEDIA-SEQUENCE:${500_000 - WINDOW + 1}`);
    expect([...segmentsOf(playlist).keys()]).toEqual([499_997, 499_998, 499_999, 500_000]);
    expect(playlist).not.toContain('#EXT-X-ENDLIST');
  });

  it('gives every segment the same discontinuity number in every window that holds it', () => {
    const numbers = new Map<number, number>();
    for (let second = 0; second < 60; second++) {
      for (const [sequence, discontinuity] of segmentsOf(
        livePlaylist(clip, new Date((1_700_000_000 + second) * 1000)),
      )) {
        expect(numbers.get(sequence) ?? discontinuity).toBe(discontinuity);
        numbers.set(sequence, discontinuity);
      }
    }
    // A new discontinuity exactly where the clip starts again.
    for (const [sequence, discontinuity] of numbers) {
      const previous = numbers.get(sequence - 1);
      if (previous !== undefined) expect(discontinuity - previous).toBe(sequence % clip.segments === 0 ? 1 : 0);
    }
  });
});

describe('simulated frame', () => {
  it('shows the name (escaped), the time in Vietnam and the word simulated; two moments differ', () => {
    const at = new Date('2026-11-28T03:04:05Z');
    const frame = simulatedFrame({ name: 'Chợ <Đà Lạt>', now: at });
    expect(frame).toContain('Chợ &lt;Đà Lạt&gt;');
    expect(frame).toContain('10:04:05');
    expect(frame).toContain('MÔ PHỎNG · SIMULATED');
    expect(simulatedFrame({ name: 'Chợ', now: new Date(at.getTime() + 5000) })).not.toBe(
      simulatedFrame({ name: 'Chợ', now: at }),
    );
  });
});

describe('camera routes', () => {
  let base = '';
  let server: ReturnType<express.Express['listen']>;
  beforeAll(async () => {
    const app = express();
    app.use('/cameras', cameraRoutes({ now: () => new Date('2026-11-28T03:04:05Z') }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cameras`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('serves a frame of a demo camera under its name, never cached', async () => {
    const response = await fetch(`${base}/cho-da-lat/frame.svg`);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toContain('Chợ Đà Lạt');
  });

  it('serves the live playlist and each segment it lists as MPEG-TS', async () => {
    const playlist = await (await fetch(`${base}/ho-xuan-huong/live.m3u8`)).text();
    const [last] = [...segmentsOf(playlist).keys()].slice(-1);
    const segment = await fetch(`${base}/ho-xuan-huong/segment-${last}.ts`);
    expect(segment.headers.get('content-type')).toBe('video/mp2t');
    const bytes = new Uint8Array(await segment.arrayBuffer());
    // MPEG-TS: 188-byte packets, each starting with the sync byte 0x47.
    expect(bytes.length % 188).toBe(0);
    expect([bytes[0], bytes[188]]).toEqual([0x47, 0x47]);
  });

  it('answers 404 to a name that is not a camera slug or a segment that is not a number', async () => {
    expect((await fetch(`${base}/..%2Fetc/frame.svg`)).status).toBe(404);
    expect((await fetch(`${base}/ho-xuan-huong/segment-abc.ts`)).status).toBe(404);
  });
});
