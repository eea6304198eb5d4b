// The number beside "Cảnh báo" in the top bar: the open alerts the reader can see, or, for an officer, the
// directives waiting for their unit's explanation.
import { graphql } from '@/gql';
import type { Me } from '@/lib/auth/loadMe';
import { getClient } from '@/lib/urql';

const NavAlertCount = graphql(`
  query NavAlertCount($awaiting: Boolean, $state: AlertState) {
    alerts(awaitingExplanation: $awaiting, state: $state, first: 1) {
      totalCount
    }
  }
`);

export async function loadAlertCount(me: Me): Promise<number | undefined> {
  const officer = me.role === 'OFFICER';
  const result = await getClient().query(NavAlertCount, {
    awaiting: officer ? true : null,
    state: officer ? null : 'OPEN',
  });
  return result.data?.alerts.totalCount;
}
