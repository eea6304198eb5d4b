// <LiveAlerts />: keeps an alerts page current, like LiveRefresh for values. The browser subscribes to the API's
// `alertActivity` (the alerts in the reader's scope, known from the session cookie sent with the WebSocket) and
// re-renders the page's server components after each new alert or step of a thread.
import { requestLocale } from '@/components/layout/requestLocale';
import { graphql } from '@/gql';
import { apiSocket } from './apiSocket';
import { LiveStatus } from './LiveStatus';
import { persistedText } from './persistedText';

const LiveAlertActivitySubscription = graphql(`
  subscription LiveAlertActivity {
    alertActivity {
      event {
        id
      }
    }
  }
`);

const SUBSCRIPTION = persistedText(LiveAlertActivitySubscription);

export async function LiveAlerts() {
  return <LiveStatus query={SUBSCRIPTION} variables={{}} socket={apiSocket()} locale={await requestLocale()} />;
}
