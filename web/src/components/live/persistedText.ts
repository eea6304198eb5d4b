// A subscription's text as the persisted-documents manifest holds it: an API started with
// GRAPHQL_PERSISTED_DOCUMENTS accepts a subscription by that exact text only.
import { type DocumentNode, print } from 'graphql';
import manifest from '@/gql/persisted-documents.json';

export function persistedText(document: DocumentNode): string {
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash ?? '';
  return (manifest as Record<string, string | undefined>)[hash] ?? print(document);
}
