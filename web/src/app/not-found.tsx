// An unknown address or unit code, in the language of the address.
import Link from 'next/link';
import { requestLocale } from '@/components/layout/requestLocale';
import { messages, withLang } from '@/lib/i18n';

const WORDS = {
  vi: {
    title: 'Không tìm thấy',
    text: 'Mã đơn vị hoặc trang này không tồn tại trong phiên bản đơn vị hành chính đã chọn.',
    home: 'Về trang toàn tỉnh',
  },
  en: {
    title: 'Not found',
    text: 'This unit code or page does not exist in the chosen edition of the administrative units.',
    home: 'Back to the province',
  },
};

export default async function NotFound() {
  const locale = await requestLocale();
  const m = messages(locale, WORDS);
  return (
    <div className="error" role="alert">
      <h1>{m.title}</h1>
      <p>{m.text}</p>
      <Link href={withLang('/', locale)}>{m.home}</Link>
    </div>
  );
}
