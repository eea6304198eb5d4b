'use client';
// GraphiQL from npm, its Monaco workers bundled by Turbopack (no CDN), sending each operation to this app's same-origin
// proxy (/graphiql/api), which forwards it to the API.
import 'graphiql/setup-workers/webpack';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ComponentProps } from 'react';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

export const DEFAULT_QUERY = `# The province dashboard's shape: a unit, a sector, an indicator
{
  unit(code: "68") {
    fullName
    tourism(period: "2025-07") {
      touVisitors {
        value
        status
      }
    }
  }
}
`;

const fetcher: Fetcher = async (params, options) => {
  const res = await fetch('/graphiql/api', {
    method: 'POST',
    // JSON passes the API's CSRF prevention; headers typed in the headers editor go along.
    headers: { ...options?.headers, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
};

export default function GraphiQLApp() {
  return <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} shouldPersistHeaders={false} />;
}
