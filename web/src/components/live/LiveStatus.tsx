'use client';
// The live indicator of a page ("Trực tiếp" / "Live"): keeps the subscription open (liveConnection.ts) and re-renders
// the page's server components after changes, once per burst of events. Its text is a polite live region: a screen
// reader hears a lost connection, its return, and "updated at hh:mm" at most once a minute.
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { type Locale, messages } from '@/lib/i18n';
import styles from './LiveStatus.module.css';
import { type LiveState, openLive } from './liveConnection';

/** A burst of events (a month, its quarter and year, the derived indicators) becomes one refresh … */
const QUIET_MS = 300;
/** … and a steady stream of them one refresh every 2 s at most. */
const MAX_WAIT_MS = 2_000;

const WORDS = {
  vi: { live: 'Trực tiếp', offline: 'Mất kết nối, đang thử lại', updated: 'cập nhật lúc' },
  en: { live: 'Live', offline: 'Offline, reconnecting', updated: 'updated at' },
};

const TIME_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB' };

export interface LiveStatusProps {
  /** The subscription's text and its variables. */
  query: string;
  variables: Record<string, unknown>;
  /** The API's WebSocket: a full URL, or the port at the page's own host name. */
  socket: { url?: string; port: string };
  locale: Locale;
}

function socketUrl(socket: LiveStatusProps['socket']): string {
  if (socket.url) return socket.url;
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.hostname}:${socket.port}/graphql`;
}

export function LiveStatus({ query, variables, socket, locale }: LiveStatusProps) {
  const router = useRouter();
  const [state, setState] = useState<LiveState>('connecting');
  const [updatedAt, setUpdatedAt] = useState<Date>();
  // The props are new objects at every render of the page (router.refresh included): depend on their values.
  const watched = JSON.stringify(variables);
  const { url, port } = socket;

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPending = 0;
    const refresh = () => {
      const now = Date.now();
      firstPending ||= now;
      clearTimeout(timer);
      timer = setTimeout(
        () => {
          firstPending = 0;
          router.refresh();
          setUpdatedAt(new Date());
        },
        Math.max(0, Math.min(QUIET_MS, firstPending + MAX_WAIT_MS - now)),
      );
    };
    const close = openLive({
      url: socketUrl({ url, port }),
      query,
      variables: JSON.parse(watched) as Record<string, unknown>,
      onChange: refresh,
      onReconnect: refresh,
      onState: setState,
    });
    return () => {
      clearTimeout(timer);
      close();
    };
  }, [watched, query, url, port, router]);

  const m = messages(locale, WORDS);
  const time = updatedAt?.toLocaleTimeString(TIME_LOCALE[locale], { hour: '2-digit', minute: '2-digit' });
  return (
    <p className={styles.live} data-state={state} role="status">
      <span className={styles.dot} aria-hidden="true" />
      {state === 'offline' ? m.offline : m.live}
      {state !== 'offline' && time ? ` · ${m.updated} ${time}` : ''}
    </p>
  );
}
