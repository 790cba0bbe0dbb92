/**
 * A path of this site to send the reader back to, or `fallback`: never an open redirect. The address
 * is resolved as a browser resolves it, so "//evil.example", "/\\evil.example" (browsers read the
 * backslash as a slash), "/\t/evil.example" and "https://evil.example" all stay on this site.
 */
export function pathOnThisSite(address: string, fallback = "/"): string {
  const base = "http://this.site";
  if (!address.startsWith("/")) return fallback;
  try {
    const target = new URL(address, `${base}/`);
    return target.origin === base ? `${target.pathname}${target.search}${target.hash}` : fallback;
  } catch {
    return fallback;
  }
}
