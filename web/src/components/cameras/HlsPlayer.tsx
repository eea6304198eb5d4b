'use client';
// An HLS camera's live stream: hls.js (loaded only when a stream is on the page) plays it through Media Source
// Extensions; a browser without them but with native HLS (Safari, iOS) plays the playlist itself. It streams only
// while on screen, muted so that it may start on its own; a fatal stream error says so under the video instead of
// leaving a black box.
import { useEffect, useRef, useState } from 'react';
import { type Locale, messages } from '@/lib/i18n';
import styles from './Cameras.module.css';
import { CAMERA_WORDS } from './cameraWords';
import { onSignOut } from './onSignOut';

type Problem = 'stream' | 'player' | null;

export function HlsPlayer({ src, title, locale }: { src: string; title: string; locale: Locale }) {
  const m = messages(locale, CAMERA_WORDS);
  const video = useRef<HTMLVideoElement>(null);
  const [problem, setProblem] = useState<Problem>(null);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    let player: { startLoad(position?: number): void; stopLoad(): void; destroy(): void } | null = null;
    let native = false;
    let cancelled = false;
    const start = async () => {
      if (!player && !native) {
        const { default: Hls } = await import('hls.js');
        if (cancelled) return;
        if (Hls.isSupported()) {
          const hls = new Hls({ liveSyncDurationCount: 2, autoStartLoad: false });
          hls.on(Hls.Events.ERROR, (_event, data) => {
            if (data.fatal) setProblem('stream');
          });
          hls.loadSource(src);
          hls.attachMedia(element);
          player = hls;
        } else if (element.canPlayType('application/vnd.apple.mpegurl')) {
          native = true;
          element.src = src;
          element.addEventListener('error', () => setProblem('stream'), { once: true });
        } else {
          setProblem('player');
          return;
        }
      }
      player?.startLoad(-1);
      element.play().catch(() => {
        // Autoplay refused (a muted video rarely is): the controls let the reader start it.
      });
    };
    const stop = () => {
      player?.stopLoad();
      element.pause();
    };
    // Only while on screen: a page of several cameras, or one scrolled out of view, does not stream for nothing.
    const watcher = new IntersectionObserver(([entry]) => {
      if (entry?.isIntersecting) void start();
      else stop();
    });
    watcher.observe(element);
    const unlisten = onSignOut(() => {
      watcher.disconnect();
      stop();
    });
    return () => {
      cancelled = true;
      watcher.disconnect();
      unlisten();
      player?.destroy();
    };
  }, [src]);

  return (
    <figure className={styles.media}>
      <video ref={video} title={title} muted playsInline controls width={640} height={360} />
      {problem && (
        <figcaption className={styles.problem} role="status">
          {problem === 'player' ? m.noPlayer : m.streamFailed}
        </figcaption>
      )}
    </figure>
  );
}
