// One frame of a simulated snapshot camera, drawn per request as SVG: the camera's name, the time in Vietnam to the
// second, a sweep that moves with the clock (so two frames a few seconds apart visibly differ) and the word that it is
// simulated. No image library: an SVG is text, and an <img> shows it like any photo.

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

const clock = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** A stable hue per camera, so that the demo's cameras do not all look alike. */
function hueOf(name: string): number {
  let hash = 0;
  for (const c of name) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return hash % 360;
}

export function simulatedFrame({ name, now = new Date() }: { name: string; now?: Date }): string {
  const width = 640;
  const height = 360;
  const seconds = now.getTime() / 1000;
  // The sweep crosses the frame once a minute; the sun's arc once an hour.
  const sweepX = Math.round(((seconds % 60) / 60) * width);
  const angle = ((seconds % 3600) / 3600) * Math.PI;
  const sunX = Math.round(width / 2 - Math.cos(angle) * 260);
  const sunY = Math.round(230 - Math.sin(angle) * 150);
  const hue = hueOf(name);
  const time = clock.format(now);
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" data-time="${now.toISOString()}">
  <rect width="${width}" height="${height}" fill="hsl(${hue} 45% 78%)"/>
  <circle cx="${sunX}" cy="${sunY}" r="22" fill="hsl(45 95% 60%)"/>
  <path d="M0 260 L120 170 L230 240 L360 140 L480 230 L640 160 L640 360 L0 360 Z" fill="hsl(${(hue + 120) % 360} 35% 38%)"/>
  <rect x="0" y="300" width="${width}" height="60" fill="hsl(0 0% 30%)"/>
  <rect x="${sweepX}" y="312" width="48" height="24" rx="4" fill="hsl(${(hue + 200) % 360} 80% 50%)"/>
  <rect x="0" y="0" width="${width}" height="40" fill="rgba(0,0,0,0.6)"/>
  <text x="12" y="27" font-family="DejaVu Sans, sans-serif" font-size="18" fill="#fff">${escapeXml(name)}</text>
  <text x="${width - 12}" y="27" text-anchor="end" font-family="DejaVu Sans Mono, monospace" font-size="18" fill="#fff">${time}</text>
  <text x="12" y="${height - 66}" font-family="DejaVu Sans, sans-serif" font-size="16" font-weight="bold" fill="#fff" stroke="#000" stroke-width="0.6">MÔ PHỎNG · SIMULATED</text>
</svg>
`;
}
