/**
 * Whether a file the CLI reads is a web page rather than plain text: by its name, else by how it opens
 * (a doctype or an `<html>`, `<head>` or `<body>` tag before any text).
 */
const HTML_NAME = /\.x?html?$/i;
const HTML_START = /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i;

export function isHtmlInput(file: string, text: string): boolean {
  return HTML_NAME.test(file) || HTML_START.test(text.slice(0, 4096));
}
