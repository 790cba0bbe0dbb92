"use client";

// Replaces the root layout when it fails itself: plain HTML, no stack trace.
export default function GlobalError() {
  return (
    <html lang="fr">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: 640, margin: "4rem auto", padding: "0 1rem" }}>
        <h1>Service momentanément indisponible</h1>
        <p>Réessayez dans quelques instants.</p>
        <p lang="en">The service is temporarily unavailable. Try again in a few moments.</p>
      </body>
    </html>
  );
}
