// One page of the inbox's alerts (newest first) and the sectors for its filter.
import { graphql } from '@/gql';
import { getClient } from '@/lib/urql';
import { type AlertFilter, alertVariables } from './alertFilter';

const AlertsInbox = graphql(`
  query AlertsInbox(
    $unit: String
    $sector: Sector
    $period: Period
    $state: AlertState
    $overdue: Boolean
    $awaitingExplanation: Boolean
    $first: Int
    $after: String
  ) {
    alerts(
      unit: $unit
      sector: $sector
      period: $period
      state: $state
      overdue: $overdue
      awaitingExplanation: $awaitingExplanation
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          indicator {
            code
            name
            nameEn
            unit
          }
          unit {
            code
            fullName
          }
          period
          status
          value
          target
          state
          overdue
          raisedAt
          directive {
            id
            state
            deadline
            overdue
          }
        }
      }
    }
    sectors {
      code
      name
      nameEn
    }
  }
`);

export const loadAlerts = (filter: AlertFilter) => getClient().query(AlertsInbox, alertVariables(filter));
