// The value of one indicator for a unit and period with its explanation (see the API's IndicatorValue.explanation).
import { graphql } from '@/gql';
import { getClient } from '@/lib/urql';

const ExplanationQuery = graphql(`
  query ValueExplanation($unit: String!, $indicator: IndicatorCode!, $period: Period!) {
    unit(code: $unit, period: $period) {
      code
      fullName
      value(indicator: $indicator, period: $period) {
        indicator {
          code
          name
          nameEn
          unit
        }
        period
        value
        status
        flags
        completeness {
          reporting
          expected
        }
        explanation {
          how
          formula
          substituted
          terms {
            indicator {
              code
              name
              nameEn
              unit
            }
            period
            yearToDate
            value
            reporting
            expected
          }
          timeRule
          unitsRule
          weight {
            code
            name
            nameEn
          }
          collectionLevel
          periods
          units {
            unit {
              code
              fullName
            }
            value
            reportedPeriods
            expectedPeriods
            crosswalkFrom
            observations {
              period
              source
              recordedBy
              recordedAt
            }
          }
          notReporting {
            code
            fullName
          }
        }
      }
    }
  }
`);

export function loadExplanation(unit: string, indicator: string, period: string) {
  return getClient().query(ExplanationQuery, { unit, indicator: indicator as never, period });
}
