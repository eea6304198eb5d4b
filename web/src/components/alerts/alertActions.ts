'use server';
// The steps of an alert's thread, as server actions: a leader's directive, an officer's explanation, a leader's
// acceptance or return. Each checks its form first (validateAlertForms.ts), then asks the API, which checks the
// reader's role and scope; afterwards the alert page renders again with the new step.
import { revalidatePath } from 'next/cache';
import { graphql } from '@/gql';
import { localeFrom } from '@/lib/i18n';
import { getClient } from '@/lib/urql';
import { todayInVietnam } from '../unit/periodChoices';
import { type AlertFormState, apiRefusal, field } from './alertFormState';
import { validateDirective, validateExplanation, validateReview } from './validateAlertForms';

const IssueDirective = graphql(`
  mutation IssueDirective($alert: ID!, $message: String!, $deadline: String!) {
    issueDirective(alert: $alert, message: $message, deadline: $deadline) {
      id
      state
    }
  }
`);

const Explain = graphql(`
  mutation Explain($directive: ID!, $explanation: String!, $remedyPlan: String!) {
    explain(directive: $directive, explanation: $explanation, remedyPlan: $remedyPlan) {
      id
      state
    }
  }
`);

const AcceptExplanation = graphql(`
  mutation AcceptExplanation($directive: ID!, $comment: String) {
    acceptExplanation(directive: $directive, comment: $comment) {
      id
      state
    }
  }
`);

const ReturnExplanation = graphql(`
  mutation ReturnExplanation($directive: ID!, $comment: String!) {
    returnExplanation(directive: $directive, comment: $comment) {
      id
      state
    }
  }
`);

const hasErrors = (errors: Record<string, string | undefined>) => Object.values(errors).some(Boolean);

/** The new thread shows on the page the form was on (and the inbox's rows change too). */
function recorded(alert: string, previous: AlertFormState): AlertFormState {
  revalidatePath(`/alerts/${alert}`);
  revalidatePath('/alerts');
  return { done: (previous.done ?? 0) + 1 };
}

export async function issueDirectiveAction(previous: AlertFormState, form: FormData): Promise<AlertFormState> {
  const locale = localeFrom({ lang: field(form, 'lang') });
  const alert = field(form, 'alert');
  const values = { message: field(form, 'message'), deadline: field(form, 'deadline') };
  const errors = validateDirective(values, todayInVietnam(), locale);
  if (hasErrors(errors)) return { values, errors };
  const result = await getClient().mutation(IssueDirective, {
    alert,
    message: values.message.trim(),
    deadline: values.deadline,
  });
  if (!result.data?.issueDirective) return apiRefusal(result.error, ['message', 'deadline'], values, locale);
  return recorded(alert, previous);
}

export async function explainAction(previous: AlertFormState, form: FormData): Promise<AlertFormState> {
  const locale = localeFrom({ lang: field(form, 'lang') });
  const values = { explanation: field(form, 'explanation'), remedyPlan: field(form, 'remedyPlan') };
  const errors = validateExplanation(values, locale);
  if (hasErrors(errors)) return { values, errors };
  const result = await getClient().mutation(Explain, {
    directive: field(form, 'directive'),
    explanation: values.explanation.trim(),
    remedyPlan: values.remedyPlan.trim(),
  });
  if (!result.data?.explain) return apiRefusal(result.error, ['explanation', 'remedyPlan'], values, locale);
  return recorded(field(form, 'alert'), previous);
}

export async function reviewAction(previous: AlertFormState, form: FormData): Promise<AlertFormState> {
  const locale = localeFrom({ lang: field(form, 'lang') });
  const decision = field(form, 'decision') === 'return' ? 'return' : 'accept';
  const values = { comment: field(form, 'comment') };
  const errors = validateReview({ decision, comment: values.comment }, locale);
  if (hasErrors(errors)) return { values, errors };
  const directive = field(form, 'directive');
  const comment = values.comment.trim();
  const result =
    decision === 'return'
      ? await getClient().mutation(ReturnExplanation, { directive, comment })
      : await getClient().mutation(AcceptExplanation, { directive, comment: comment || null });
  const data = result.data as { returnExplanation?: unknown; acceptExplanation?: unknown } | undefined;
  if (!data?.returnExplanation && !data?.acceptExplanation) {
    return apiRefusal(result.error, ['comment'], values, locale);
  }
  return recorded(field(form, 'alert'), previous);
}
