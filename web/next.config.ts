import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The web app talks to the API only over GraphQL; from schema/ it takes pure domain functions (the period algebra),
  // never anything of api/.
  transpilePackages: ['@ioc/schema'],
  // The report renderers stay plain Node modules: pdfkit reads its font metrics from its own folder at run time, and
  // exceljs and svg-to-pdfkit gain nothing from bundling.
  serverExternalPackages: ['pdfkit', 'svg-to-pdfkit', 'exceljs'],
  typedRoutes: false,
  // On every response, assets included; the Content-Security-Policy, which needs a nonce per page, is set in proxy.ts.
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'X-Frame-Options', value: 'DENY' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        {
          key: 'Permissions-Policy',
          value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
        },
      ],
    },
  ],
};

export default config;
