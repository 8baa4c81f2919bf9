/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time,
  // not bundled; argon2 is a native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'zipcodes'],
  poweredByHeader: false,
  experimental: {
    // Files reach server actions: spreadsheet imports of up to 10 MB (lib/import/limits.ts) and
    // organization archives of up to 20 MB (lib/export/format.ts). The default limit is 1 MB; the
    // proxy buffers request bodies up to its own limit.
    serverActions: { bodySizeLimit: '22mb' },
    proxyClientMaxBodySize: '22mb',
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // The Content-Security-Policy (frame-ancestors 'none' among it) is set by proxy.ts, with a
          // nonce per page (lib/content-security-policy.ts). X-Frame-Options also covers what the
          // proxy does not see (static files, Auth.js's routes) and browsers without CSP.
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ];
  },
};

export default nextConfig;
