// The unit and the catalog's sectors for a unit page, fetched once per request (React's cache) and shared by the page
// and its metadata: breadcrumbs, edition, crosswalk, whether it has children, and every sector's indicators with
// their frequency and key flag (tabs, picker, table columns).
import { cache } from 'react';
import { graphql } from '@/gql';
import { getClient } from '@/lib/urql';

const UnitHeader = graphql(`
  query UnitHeader($code: String!, $period: Period) {
    unit(code: $code, period: $period) {
      code
      fullName
      level
      edition {
        id
        name
      }
      ancestors {
        code
        fullName
      }
      children {
        code
      }
      formedFrom {
        code
        fullName
        parent {
          fullName
        }
      }
      mergedInto {
        code
        fullName
      }
    }
    sectors {
      code
      name
      nameEn
      indicators {
        code
        name
        nameEn
        unit
        frequency
        key
      }
    }
  }
`);

/** `period` is the URL's period or day (`asOf`): it chooses the edition of the hierarchy. */
export const loadUnitHeader = cache((code: string, period: string | null) =>
  getClient().query(UnitHeader, { code, period }),
);
