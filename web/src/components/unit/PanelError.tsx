// What a data panel shows when its query fails: the API's message (it says where and why), never a stack trace.
import type { CombinedError } from '@urql/core';
import { type Locale, messages } from '@/lib/i18n';

const WORDS = {
  vi: 'Không kết nối được máy chủ dữ liệu.',
  en: 'The data server could not be reached.',
};

export function PanelError({ error, locale }: { error: CombinedError; locale: Locale }) {
  return (
    <div className="error" role="alert">
      <p>{error.graphQLErrors[0]?.message ?? messages(locale, WORDS)}</p>
    </div>
  );
}
