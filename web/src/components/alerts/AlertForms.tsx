// The form a reader may use on an alert, by role and the state of its directive: a leader gives a directive on an open
// alert without one still running, and reviews an explanation; an officer explains a directive awaiting it (or
// returned). The API decides again; this only offers what would be allowed.
import type { AlertPageQuery } from '@/gql/graphql';
import type { Me } from '@/lib/auth/loadMe';
import type { Locale } from '@/lib/i18n';
import { todayInVietnam } from '../unit/periodChoices';
import { DirectiveForm } from './DirectiveForm';
import { ExplainForm } from './ExplainForm';
import { ReviewForm } from './ReviewForm';

type Alert = NonNullable<AlertPageQuery['alert']>;

export function AlertForms({ alert, me, locale }: { alert: Alert; me: Me; locale: Locale }) {
  const directive = alert.directive;
  if (me.role === 'LEADER') {
    if (alert.state === 'OPEN' && (!directive || directive.state === 'ACCEPTED')) {
      return <DirectiveForm alert={alert.id} today={todayInVietnam()} locale={locale} />;
    }
    if (directive?.state === 'EXPLAINED') {
      return <ReviewForm alert={alert.id} directive={directive.id} locale={locale} />;
    }
  }
  if (me.role === 'OFFICER' && (directive?.state === 'AWAITING_EXPLANATION' || directive?.state === 'RETURNED')) {
    return <ExplainForm alert={alert.id} directive={directive.id} locale={locale} />;
  }
  return null;
}
