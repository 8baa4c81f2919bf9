/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time,
  // not bundled; argon2 is a native addon.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2', 'zipcodes'],
  poweredByHeader: false,
  experimental: {
    // Restoring an organization archive uploads it to a server action (lib/export/format.ts allows
    // 20 MB); the default limit is 1 MB.
    serverActions: { bodySizeLimit: '22mb' },
  },
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          // No other site may frame these pages (clickjacking of buttons such as "Deactivate").
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'" },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Referrer-Policy', value: 'same-origin' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
        ],
      },
    ];
  },
};

export default nextConfig;
