import DOMPurify from 'dompurify';
import { Marked } from 'marked';

/** The page already has its h1 and the section its h2: a "# Titre" in the text becomes an h3. */
const HEADING_SHIFT = 2;

const markdown = new Marked({
  gfm: true,
  breaks: true,
  walkTokens(token) {
    if (token.type === 'heading') token.depth = Math.min(6, token.depth + HEADING_SHIFT);
  },
});

/**
 * Markdown written by users (minutes), as HTML that cannot run anything: marked turns it into HTML,
 * DOMPurify keeps only harmless elements and attributes (no scripts, handlers, javascript: links,
 * nor remote images that would tell a third party who read the minutes).
 */
export function renderMarkdown(source: string): string {
  const html = markdown.parse(source, { async: false });
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'] });
}

export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div
      className={`markdown${className ? ` ${className}` : ''}`}
      // Sanitised just above: the one place user HTML reaches the page.
      dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }}
    />
  );
}
