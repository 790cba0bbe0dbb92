import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // scripts/lib/serve.mjs compresses and tags responses, once per body for the cached pages
  // (scripts/lib/whole-body.mjs); Next would do both again on every request.
  compress: false,
  generateEtags: false,
  // Native or WASM packages that must be loaded by Node, not bundled.
  serverExternalPackages: ["@node-rs/argon2", "pg", "@electric-sql/pglite", "@electric-sql/pglite-socket"],
  experimental: {
    // Documents are up to 20 MB: a form's body a little over that is refused while streaming in.
    serverActions: { bodySizeLimit: "21mb" },
    // One root layout per area (public site, workspace, sign-in): unmatched addresses get this page.
    globalNotFound: true,
    // Pages rendered at run time (the public site's cache) stay in memory, never on disk: a restart,
    // a restored backup or another database never serves a page cached from older data, such as an
    // item withdrawn since, and a flood of distinct addresses cannot fill the disk.
    isrFlushToDisk: false,
  },
  // The public site: French at the root, English under /en. Its pages live under app/(public)/[lang];
  // the French addresses are rewritten to them, and the /fr/… spelling redirects to the root one.
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/fr" },
        { source: "/timeline", destination: "/fr/timeline" },
        { source: "/timeline/:path*", destination: "/fr/timeline/:path*" },
        { source: "/about", destination: "/fr/about" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async redirects() {
    return [
      { source: "/fr", destination: "/", permanent: true },
      { source: "/fr/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
