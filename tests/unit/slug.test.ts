import { describe, expect, test } from "vitest";
import { firstFreeSlug, slugify } from "@/lib/text/slug";

describe("slugs", () => {
  test("French names become readable ASCII addresses", () => {
    expect(slugify("Comité contre l’esclavage moderne")).toBe("comite-contre-l-esclavage-moderne");
    expect(slugify("Les Sœurs du Bon Pasteur")).toBe("les-soeurs-du-bon-pasteur");
    expect(slugify("  SOS Esclaves !  ")).toBe("sos-esclaves");
    expect(slugify("«»")).toBe("sans-nom");
  });

  test("a taken slug gets the first free number", () => {
    expect(firstFreeSlug("sos-esclaves", new Set())).toBe("sos-esclaves");
    expect(firstFreeSlug("sos-esclaves", new Set(["sos-esclaves", "sos-esclaves-2"]))).toBe("sos-esclaves-3");
  });
});
