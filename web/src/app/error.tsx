'use client';
// Shown when a page fails: a sentence and a retry, never a stack trace; in the language of the address.
import { useSearchParams } from 'next/navigation';
import { localeFrom, messages } from '@/lib/i18n';

const WORDS = {
  vi: { title: 'Đã có lỗi khi tải trang', text: 'Máy chủ dữ liệu không trả lời. Vui lòng thử lại.', retry: 'Thử lại' },
  en: {
    title: 'The page could not be loaded',
    text: 'The data server did not answer. Please try again.',
    retry: 'Try again',
  },
};

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const m = messages(localeFrom(useSearchParams()), WORDS);
  return (
    <div className="error" role="alert">
      <h1>{m.title}</h1>
      <p>{m.text}</p>
      <button type="button" onClick={reset}>
        {m.retry}
      </button>
    </div>
  );
}
