import type { Metadata, Viewport } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'IOC Lâm Đồng — Chỉ tiêu kinh tế - xã hội', template: '%s — IOC Lâm Đồng' },
  description: 'Trung tâm Điều hành thông minh tỉnh Lâm Đồng: 283 chỉ tiêu kinh tế - xã hội từ tỉnh đến xã.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b4f6c' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body>
        <header className="topbar">
          <Link href="/" className="brand">
            IOC Lâm Đồng
          </Link>
          <nav aria-label="Điều hướng chính">
            <Link href="/">Toàn tỉnh</Link>
            <Link href="/catalog">Danh mục chỉ tiêu</Link>
            <Link href="/graphiql">GraphiQL</Link>
          </nav>
        </header>
        <p className="synthetic" role="note">
          Dữ liệu minh họa, tổng hợp ngẫu nhiên — không phải số liệu thống kê chính thức. Đơn vị hành chính và mã số là
          thật (Tổng cục Thống kê).
        </p>
        <main>{children}</main>
      </body>
    </html>
  );
}
