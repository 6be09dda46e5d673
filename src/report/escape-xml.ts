// What XML 1.0 allows nowhere, not even as a reference: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates.
const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be read back as LF (end-of-line handling); a reference survives.
  '\r': '&#13;',
  // Attribute-value normalisation turns raw tab and LF into spaces; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Drop the characters XML 1.0 forbids. */
export function stripXmlForbidden(text: string): string {
  return text.replace(XML_FORBIDDEN, '');
}

/** Text content for an XML element: forbidden characters removed, markup characters escaped. */
export function escapeXmlText(text: string): string {
  return stripXmlForbidden(text).replace(/[&<>"'\r]/g, (char) => ESCAPES[char] ?? char);
}

/** A double-quoted XML attribute value that reads back exactly (minus forbidden characters). */
export function escapeXmlAttribute(text: string): string {
  return stripXmlForbidden(text).replace(/[&<>"'\r\t\n]/g, (char) => ESCAPES[char] ?? char);
}
