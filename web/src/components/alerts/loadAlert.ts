// One alert with its current value and its whole thread, for the alert page (and its title: React's cache).
import { cache } from 'react';
import { graphql } from '@/gql';
import { getClient } from '@/lib/urql';

const AlertPage = graphql(`
  query AlertPage($id: ID!) {
    alert(id: $id) {
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
      closedAt
      current {
        value
        status
        projection {
          value
          yearTarget
          chance
        }
      }
      directive {
        id
        state
        deadline
        overdue
        message
      }
      events {
        id
        kind
        author {
          displayName
          role
        }
        message
        remedyPlan
        deadline
        at
      }
    }
  }
`);

export const loadAlert = cache((id: string) => getClient().query(AlertPage, { id }));
