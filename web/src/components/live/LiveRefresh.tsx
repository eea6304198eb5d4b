// <LiveRefresh unit="68" indicators={['TOU_VISITORS']} />: keeps a server-rendered page current. The browser subscribes
// to the API's `valuesChanged` for the unit over graphql-ws and, after each change, re-renders the page's server
// components (router.refresh): the values change in place, without a reload. This part runs on the server, at request
// time: it decides where the browser finds the API's WebSocket and which text it sends, then renders <LiveStatus>.
import { print } from 'graphql';
import { requestLocale } from '@/components/layout/requestLocale';
import { graphql } from '@/gql';
import manifest from '@/gql/persisted-documents.json';
import { API_URL } from '@/lib/urql';
import { LiveStatus } from './LiveStatus';

const LiveValuesChangedSubscription = graphql(`
  subscription LiveValuesChanged($unit: String!, $indicators: [IndicatorCode!]) {
    valuesChanged(unit: $unit, indicators: $indicators) {
      period
    }
  }
`);

/**
 * The text as the persisted-documents manifest holds it: an API started with GRAPHQL_PERSISTED_DOCUMENTS accepts a
 * subscription by that exact text only.
 */
const SUBSCRIPTION: string =
  (manifest as Record<string, string | undefined>)[
    (LiveValuesChangedSubscription as { __meta__?: { hash?: string } }).__meta__?.hash ?? ''
  ] ?? print(LiveValuesChangedSubscription);

/** Read here, at request time (a dynamic name, so the build does not inline it): set it without rebuilding. */
const WS_URL_VARIABLE = 'NEXT_PUBLIC_API_WS_URL';

/**
 * Where the browser opens the API's WebSocket: NEXT_PUBLIC_API_WS_URL when set (e.g. `wss://ioc.example.vn/graphql`
 * behind a reverse proxy), else the page's own host name at the API's port (API_PORT, else the port of API_URL).
 */
function apiSocket(): { url?: string; port: string } {
  const url = process.env[WS_URL_VARIABLE];
  if (url) return { url, port: '' };
  return { port: process.env.API_PORT ?? (new URL(API_URL).port || '4000') };
}

export async function LiveRefresh({ unit, indicators }: { unit: string; indicators?: string[] }) {
  return (
    <LiveStatus
      unit={unit}
      indicators={indicators}
      query={SUBSCRIPTION}
      socket={apiSocket()}
      locale={await requestLocale()}
    />
  );
}
