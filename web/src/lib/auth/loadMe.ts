// Who is reading: the signed-in user behind the request's session cookie, once per request (React's cache), or null
// for an anonymous reader or a session the API no longer knows (expired, revoked).
import { cache } from 'react';
import { graphql } from '@/gql';
import type { MeQuery } from '@/gql/graphql';
import { getClient } from '@/lib/urql';
import { sessionToken } from './sessionCookie';

const Me = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      agency
      unit {
        code
        fullName
      }
    }
  }
`);

export type Me = NonNullable<MeQuery['me']>;

export const loadMe = cache(async (): Promise<Me | null> => {
  if (!(await sessionToken())) return null;
  const result = await getClient().query(Me, {});
  return result.data?.me ?? null;
});
