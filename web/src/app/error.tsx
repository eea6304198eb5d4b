'use client';

// Shown when a page fails: a sentence and a retry, never a stack trace.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="error" role="alert">
      <h1>Đã có lỗi khi tải trang</h1>
      <p>Máy chủ dữ liệu không trả lời. Vui lòng thử lại.</p>
      <button type="button" onClick={reset}>
        Thử lại
      </button>
    </div>
  );
}
