import type { LocalizedText } from "@/lib/i18n/localized";

/** A bilingual field in the reader's language, or in the other one with a small note saying so. */
export function Localized({ value, notes }: { value: LocalizedText; notes: { inFrench: string; inEnglish: string } }) {
  // In the reader's language the text needs no element of its own: the page's lang already says it.
  if (!value.fallback) return value.text;
  return (
    <>
      <span lang={value.lang}>{value.text}</span>
      {value.fallback && <small className="ml-1 font-normal text-slate-600">{value.lang === "fr" ? notes.inFrench : notes.inEnglish}</small>}
    </>
  );
}
