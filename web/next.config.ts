import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The web app talks to the API only over GraphQL; from schema/ it takes pure domain functions (the period algebra),
  // never anything of api/.
  transpilePackages: ['@ioc/schema'],
  typedRoutes: false,
};

export default config;
