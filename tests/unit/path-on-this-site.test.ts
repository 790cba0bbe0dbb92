import { describe, expect, it } from "vitest";
import { pathOnThisSite } from "@/lib/http/path-on-this-site";

describe("pathOnThisSite: where a form or the sign-in page may send the reader back", () => {
  it("keeps a path of this site, with its query and fragment", () => {
    expect(pathOnThisSite("/meetings?page=2#top")).toBe("/meetings?page=2#top");
    expect(pathOnThisSite("/en/timeline")).toBe("/en/timeline");
  });

  it.each([
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "/\\/evil.example/",
    "/\t/evil.example/",
    "\\\\evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("sends %j home instead of to another site", (address) => {
    expect(pathOnThisSite(address)).toBe("/");
    expect(pathOnThisSite(address, "/dashboard")).toBe("/dashboard");
  });

  it("resolves dot segments as a browser would, staying on this site", () => {
    expect(pathOnThisSite("/a/../../b")).toBe("/b");
  });
});
