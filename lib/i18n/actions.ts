"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { secureCookies } from "@/lib/auth/options";
import { pathOnThisSite } from "@/lib/http/path-on-this-site";
import { isLocale, LOCALE_COOKIE } from "./locales";

/** Remembers the reader's language for a year (sent back over https only, behind https) and returns to the page they were on. */
export async function setLocale(formData: FormData): Promise<void> {
  const locale = formData.get("locale");
  const back = String(formData.get("back") ?? "/");
  if (isLocale(locale)) {
    (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true, secure: secureCookies() });
  }
  redirect(pathOnThisSite(back));
}
