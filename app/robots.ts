import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// The public site is open to crawlers; the members' workspace is not meant for them.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/login", "/dashboard", "/publishing", "/documents/"] },
    sitemap: new URL("/sitemap.xml", env().APP_URL).toString(),
  };
}
