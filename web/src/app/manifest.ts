// The web app manifest (/manifest.webmanifest): a leader can add the IOC to a phone's home screen and open it full
// screen. No service worker: every page shows the API's current values, so nothing is served from a cache.
import type { MetadataRoute } from 'next';

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: 'IOC Lâm Đồng',
    short_name: 'IOC Lâm Đồng',
    description: 'Trung tâm Điều hành thông minh tỉnh Lâm Đồng: chỉ tiêu kinh tế - xã hội từ tỉnh đến xã.',
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b4f6c',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}
