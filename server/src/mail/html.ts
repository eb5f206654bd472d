const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (character) => ENTITIES[character]);

/** Markup built by `html`, which may be nested in another `html` without being escaped twice. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString() {
    return this.markup;
  }
}

/**
 * A template literal that escapes every interpolated value (names, subjects, links all come from
 * users): only markup written in the template itself, or built by `html`, goes through as is.
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  const escaped = values.map((value) => (value instanceof SafeHtml ? value.markup : escapeHtml(String(value ?? ''))));
  return new SafeHtml(strings.reduce((markup, string, index) => markup + escaped[index - 1] + string));
}

/** The frame every Maillage mail shares: simple markup and inline styles, as mail clients want. */
export function mailLayout(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <title>${title}</title>
      </head>
      <body
        style="margin:0;padding:24px;background:#f6f6f4;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1d1d1b"
      >
        <div style="max-width:560px;margin:0 auto;padding:24px;background:#ffffff;border-radius:8px">${body}</div>
      </body>
    </html> `.markup;
}
