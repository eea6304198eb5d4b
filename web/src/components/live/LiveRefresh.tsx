// <LiveRefresh unit="68" indicators={['TOU_VISITORS']} />: keeps a server-rendered page current. The browser subscribes
// to the API's `valuesChanged` for the unit over graphql-ws and, after each change, re-renders the page's server
// components (router.refresh): the values change in place, without a reload. This part runs on the server, at request
// time: it decides where the browser finds the API's WebSocket and which text it sends, then renders <LiveStatus>.
import { requestLocale } from '@/components/layout/requestLocale';
import { graphql } from '@/gql';
import { apiSocket } from './apiSocket';
import { LiveStatus } from './LiveStatus';
import { persistedText } from './persistedText';

const LiveValuesChangedSubscription = graphql(`
  subscription LiveValuesChanged($unit: String!, $indicators: [IndicatorCode!]) {
    valuesChanged(unit: $unit, indicators: $indicators) {
      period
    }
  }
`);

const SUBSCRIPTION = persistedText(LiveValuesChangedSubscription);

export async function LiveRefresh({ unit, indicators }: { unit: string; indicators?: string[] }) {
  return (
    <LiveStatus
      query={SUBSCRIPTION}
      variables={{ unit, indicators: indicators ?? null }}
      socket={apiSocket()}
      locale={await requestLocale()}
    />
  );
}
