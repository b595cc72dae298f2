/** Escaping control characters in text echoed from untrusted input (terminal output, logs, reports). */

/**
 * Control characters (C0, DEL, C1) and the Unicode line and paragraph separators, written as escapes, so that input
 * echoed on a terminal or in a log cannot start a line of its own, forge a report or move the cursor.
 * @example
 * ```ts
 * escapeControl('a\nline 9: forged'); // 'a\\nline 9: forged'
 * ```
 * @internal
 */
export function escapeControl(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
