// One page of the audit log (administrators only), newest first, filtered by actor and action.
import { graphql } from '@/gql';
import { getClient } from '@/lib/urql';

const AuditLog = graphql(`
  query AuditLog($first: Int, $after: String, $actor: String, $action: String) {
    auditLog(first: $first, after: $after, actor: $actor, action: $action) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          actor
          action
          entity
          entityKey
          before
          after
        }
      }
    }
  }
`);

export const AUDIT_PAGE_SIZE = 50;

export const loadAuditLog = (filter: { actor?: string; action?: string; after?: string }) =>
  getClient().query(AuditLog, {
    first: AUDIT_PAGE_SIZE,
    after: filter.after ?? null,
    actor: filter.actor ?? null,
    action: filter.action ?? null,
  });
