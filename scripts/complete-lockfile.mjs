// The npm registry reachable here serves only the Linux builds of packages that ship per-platform
// binaries (Next's SWC, Tailwind's oxide…), so `npm install` leaves the other platforms out of
// package-lock.json, and `npm ci` then refuses the lock as out of sync. This adds, for every
// optional dependency missing from the lock, an entry that npm ci skips on this platform (its
// os/cpu do not match), which is all npm ci needs. Run after `npm install` changes the lock.
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = "package-lock.json";
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const packages = lock.packages;

const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "sunos", "aix", "netbsd"];
const CPU = ["arm64", "x64", "arm", "ia32", "wasm32", "riscv64", "ppc64", "s390x", "loong64"];

function platformOf(name) {
  const base = name.split("/").pop();
  const os = OS.find((o) => base.includes(`-${o}`) || base.includes(`${o}-`) || base.includes(o)) ?? (base.includes("win32") ? "win32" : null);
  const cpu = CPU.find((c) => base.includes(c));
  const libc = base.includes("musl") ? "musl" : base.includes("gnu") ? "glibc" : null;
  if (base.includes("wasm32")) return { cpu: ["wasm32"] };
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) };
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = `${path}/node_modules/${name}`;
    const hoisted = `node_modules/${name}`;
    if (packages[nested] || packages[hoisted]) continue;
    packages[hoisted] = { version, ...(entry.dev ? { dev: true } : {}), optional: true, ...platformOf(name) };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`package-lock.json: ${added} platform-specific optional package(s) recorded.`);
