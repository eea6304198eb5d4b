// What every panel of an indicator page needs to choose its defaults: the indicator's frequency and levels, the
// editions of the hierarchy, and the latest period with a value for the reader's home unit (the province, or an
// officer's own unit). One small query per request (React's cache shares it between the page and its metadata).
import 'server-only';
import { cache } from 'react';
import { graphql } from '@/gql';
import type { IndicatorCode, IndicatorHeaderQuery } from '@/gql/graphql';
import { getClient } from '@/lib/urql';

const headerQuery = graphql(`
  query IndicatorHeader($code: IndicatorCode!, $province: String!) {
    indicator(code: $code) {
      code
      name
      nameEn
      unit
      sector
      frequency
      levels
      levelAfterReform
      derived
      aggregation {
        time
      }
      threshold {
        direction
      }
      deprecated
    }
    editions {
      id
      levels
      validFrom
      validTo
    }
    unit(code: $province) {
      code
      latestValues(indicators: [$code]) {
        period
      }
    }
  }
`);

export type IndicatorHeader = {
  indicator: IndicatorHeaderQuery['indicator'];
  editions: IndicatorHeaderQuery['editions'];
  /** The latest period with a value for the home unit, or null when there is none yet. */
  latestPeriod: string | null;
};

/** The header, `not-found` for a code the catalog does not hold, or an error message when the API cannot answer. */
export const loadIndicatorHeader = cache(
  async (code: string, home: string): Promise<IndicatorHeader | 'not-found' | { error: string }> => {
    // Codes are upper-case words (TOU_VISITORS); anything else cannot be one, so it is not sent.
    if (!/^[A-Z][A-Z0-9_]*$/.test(code)) return 'not-found';
    const result = await getClient().query(headerQuery, {
      code: code as IndicatorCode,
      province: home,
    });
    const data = result.data;
    if (data) {
      return {
        indicator: data.indicator,
        editions: data.editions,
        latestPeriod: data.unit?.latestValues[0]?.period ?? null,
      };
    }
    // A code outside the IndicatorCode enum fails validation: the page does not exist.
    if (result.error?.graphQLErrors.some((e) => /IndicatorCode/.test(e.message))) return 'not-found';
    return { error: result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? 'no answer' };
  },
);
