"use client";

import "./globals.css";

// Replaces the root layout when it fails itself: plain HTML, no stack trace. Classes, not a style
// attribute: the Content-Security-Policy allows no inline style (docs/decisions/015).
export default function GlobalError() {
  return (
    <html lang="fr">
      <body className="mx-auto my-16 max-w-[640px] px-4 font-sans">
        <h1>Service momentanément indisponible</h1>
        <p>Réessayez dans quelques instants.</p>
        <p lang="en">The service is temporarily unavailable. Try again in a few moments.</p>
      </body>
    </html>
  );
}
