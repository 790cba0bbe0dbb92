/** Long user-written text shown as plain text with its line breaks (never as HTML). */
export function TextBlock({ text, lang }: { text: string; lang?: string }) {
  return (
    <div lang={lang} className="whitespace-pre-line leading-relaxed text-slate-900">
      {text}
    </div>
  );
}
