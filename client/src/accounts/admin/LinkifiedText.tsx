import { Fragment } from 'react';

// http(s) addresses, without the punctuation that usually ends the sentence around them.
const URL_PATTERN = /https?:\/\/[^\s<>"«»]*[^\s<>"«».,;:!?)]/g;

/** Plain text with its web addresses as links; React escapes the rest. */
export function LinkifiedText({ text }: { text: string }) {
  const parts: Array<{ text: string; isLink: boolean }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    parts.push({ text: text.slice(last, match.index), isLink: false }, { text: match[0], isLink: true });
    last = match.index + match[0].length;
  }
  parts.push({ text: text.slice(last), isLink: false });
  return (
    <>
      {parts.map((part, index) =>
        part.isLink ? (
          <a key={index} href={part.text} target="_blank" rel="noreferrer noopener">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
