import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="error" role="alert">
      <h1>Không tìm thấy</h1>
      <p>Mã đơn vị hoặc trang này không tồn tại trong phiên bản đơn vị hành chính đã chọn.</p>
      <Link href="/">Về trang toàn tỉnh</Link>
    </div>
  );
}
