// A live HLS playlist slid over a short recorded clip: the clip's segments repeat for ever, one sequence number per
// segment played since the epoch, so every viewer (and every API replica) sees the same live edge without any state.
// Each return to the clip's first segment restarts its timestamps, which the playlist marks as a discontinuity.

/** Segments in the live window: three target durations behind the edge, as the HLS spec asks of a live playlist. */
export const WINDOW = 4;

export interface LoopingClip {
  /** The length of each segment of the clip, in seconds (all equal: the clip is cut at fixed keyframes). */
  segmentSeconds: number;
  /** How many segments the clip has. */
  segments: number;
}

/** The sequence number of the segment being played at `now`. */
export function liveSequence(clip: LoopingClip, now: Date): number {
  return Math.floor(now.getTime() / 1000 / clip.segmentSeconds);
}

/** Which segment of the clip a sequence number plays. */
export const clipSegment = (clip: LoopingClip, sequence: number) => sequence % clip.segments;

/** The media playlist at `now`: the last WINDOW segments up to the live edge, named segment-SEQUENCE.ts. */
export function livePlaylist(clip: LoopingClip, now: Date): string {
  const last = liveSequence(clip, now);
  const first = last - WINDOW + 1;
  // The number of returns to the clip's start before the first segment of the window: each began a discontinuity.
  const discontinuities = Math.floor(first / clip.segments);
  const lines = [
    '#EXTM3U',
    '#EXT-X-VERSION:3',
    `#EXT-X-TARGETDURATION:${Math.ceil(clip.segmentSeconds)}`,
    `#EXT-X-MEDIA-SEQUENCE:${first}`,
    `#EXT-X-DISCONTINUITY-SEQUENCE:${discontinuities}`,
  ];
  for (let sequence = first; sequence <= last; sequence++) {
    // Not on the first segment: the discontinuity sequence above already counts it.
    if (sequence !== first && clipSegment(clip, sequence) === 0) lines.push('#EXT-X-DISCONTINUITY');
    lines.push(`#EXTINF:${clip.segmentSeconds.toFixed(3)},`, `segment-${sequence}.ts`);
  }
  return `${lines.join('\n')}\n`;
}
