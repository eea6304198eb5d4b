import type { NextConfig } from 'next';

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The web app talks to the API only over GraphQL; nothing from schema/ or api/ is bundled.
  typedRoutes: false,
};

export default config;
