/** Fills "{name}" placeholders: messages stay plain strings, safe to hand to client components. */
export function interpolate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
}
