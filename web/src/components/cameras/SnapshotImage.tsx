'use client';
// A snapshot camera's picture: the frame is fetched again every refreshSeconds (not while the tab is hidden, nor once
// the reader signs out), loaded off screen first and swapped in when complete, so the picture never flashes blank; the
// time of the frame shown is written under it.
import { useEffect, useState } from 'react';
import { type Locale, messages } from '@/lib/i18n';
import styles from './Cameras.module.css';
import { CAMERA_WORDS } from './cameraWords';
import { onSignOut } from './onSignOut';

const timeOf = (date: Date, locale: Locale) =>
  date.toLocaleTimeString(locale === 'en' ? 'en-GB' : 'vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour12: false });

export function SnapshotImage({
  src,
  alt,
  refreshSeconds,
  locale,
}: {
  src: string;
  alt: string;
  refreshSeconds: number;
  locale: Locale;
}) {
  const m = messages(locale, CAMERA_WORDS);
  const [frame, setFrame] = useState({ url: `${src}?t=0`, count: 0, at: null as Date | null, failed: false });

  useEffect(() => {
    let count = 0;
    let stopped = false;
    const next = () => {
      if (document.hidden) return;
      const url = `${src}?t=${Date.now()}`;
      const image = new Image();
      image.onload = () => {
        if (!stopped) setFrame({ url, count: ++count, at: new Date(), failed: false });
      };
      image.onerror = () => {
        if (!stopped) setFrame((f) => ({ ...f, failed: true }));
      };
      image.src = url;
    };
    next();
    const timer = setInterval(next, refreshSeconds * 1000);
    const end = () => {
      stopped = true;
      clearInterval(timer);
    };
    const unlisten = onSignOut(end);
    return () => {
      end();
      unlisten();
    };
  }, [src, refreshSeconds]);

  return (
    <figure className={styles.media}>
      {/* biome-ignore lint/performance/noImgElement: a live frame through our own proxy, never optimised or cached. */}
      <img src={frame.url} alt={alt} width={640} height={360} data-frame={frame.count} />
      <figcaption aria-live="off">
        {frame.failed ? (
          <span className={styles.problem}>{m.frameFailed}</span>
        ) : (
          frame.at && (
            <>
              {m.updated} <time dateTime={frame.at.toISOString()}>{timeOf(frame.at, locale)}</time>
            </>
          )
        )}
      </figcaption>
    </figure>
  );
}
