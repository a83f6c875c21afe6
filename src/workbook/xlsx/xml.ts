/**
 * XML helpers for SpreadsheetML: a small, fast tag scanner for reading, and escaping for writing.
 *
 * The scanner walks a string tag by tag (indexOf-based, no DOM). It reports element local names (namespace
 * prefixes dropped), attributes and text; decodes the five predefined entities and character references;
 * skips comments and processing instructions; and refuses any DOCTYPE, so no entity can ever be defined or
 * expanded. It is measured against saxes in `npm run bench xlsx` and checked against saxes in the tests.
 */

export type Attrs = Record<string, string>;

export interface XmlHandler {
  open(name: string, attrs: Attrs, selfClosing: boolean): void;
  close?(name: string): void;
  /** Text between tags (entities decoded). Called only while `wantText()` is true, when given. */
  text?(text: string): void;
  wantText?(): boolean;
}

export class XmlError extends Error {}

const localName = (qname: string) => {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
};

/** Attribute names keep their prefix except that "r:id" stays "r:id" and "xml:space" stays as is. */
export function parseAttrsOf(s: string, from: number, to: number): Attrs {
  const attrs: Attrs = Object.create(null);
  let i = from;
  while (i < to) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13) {
      i++;
      continue;
    }
    const eq = s.indexOf("=", i);
    if (eq < 0 || eq >= to) break;
    const name = s.slice(i, eq).trim();
    let q = eq + 1;
    while (q < to && s.charCodeAt(q) !== 34 && s.charCodeAt(q) !== 39) q++;
    if (q >= to) throw new XmlError(`bad attribute ${name}`);
    const end = s.indexOf(s[q], q + 1);
    if (end < 0 || end > to) throw new XmlError(`unterminated attribute ${name}`);
    const raw = s.slice(q + 1, end);
    attrs[name] = raw.indexOf("&") < 0 ? raw : decodeEntities(raw);
    i = end + 1;
  }
  return attrs;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (all, body: string) => {
    if (body[0] === "#") {
      const code =
        body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    // Undefined entities are left as written: nothing is ever expanded from a DTD.
    return NAMED[body] ?? all;
  });
}

/** Scans `s`, calling the handler for each element. Throws XmlError on a DOCTYPE or broken markup. */
export function scanXml(s: string, h: XmlHandler): void {
  const len = s.length;
  let i = 0;
  const wantsText = h.text !== undefined;
  while (i < len) {
    const lt = s.indexOf("<", i);
    if (lt < 0) break;
    if (wantsText && lt > i && (h.wantText === undefined || h.wantText())) {
      const raw = s.slice(i, lt);
      h.text!(raw.indexOf("&") < 0 ? raw : decodeEntities(raw));
    }
    const c = s.charCodeAt(lt + 1);
    if (c === 47 /* / */) {
      const gt = s.indexOf(">", lt);
      if (gt < 0) throw new XmlError("unterminated end tag");
      if (h.close) h.close(localName(s.slice(lt + 2, gt).trim()));
      i = gt + 1;
    } else if (c === 63 /* ? */) {
      const end = s.indexOf("?>", lt);
      if (end < 0) throw new XmlError("unterminated processing instruction");
      i = end + 2;
    } else if (c === 33 /* ! */) {
      if (s.startsWith("<!--", lt)) {
        const end = s.indexOf("-->", lt);
        if (end < 0) throw new XmlError("unterminated comment");
        i = end + 3;
      } else if (s.startsWith("<![CDATA[", lt)) {
        const end = s.indexOf("]]>", lt);
        if (end < 0) throw new XmlError("unterminated CDATA");
        if (wantsText && (h.wantText === undefined || h.wantText())) h.text!(s.slice(lt + 9, end));
        i = end + 3;
      } else {
        throw new XmlError("DOCTYPE and entity declarations are not allowed");
      }
    } else {
      // Find the end of the tag, skipping quoted attribute values (which may hold ">").
      let j = lt + 1;
      let gt = -1;
      while (j < len) {
        const ch = s.charCodeAt(j);
        if (ch === 62) {
          gt = j;
          break;
        }
        if (ch === 34 || ch === 39) {
          const e = s.indexOf(s[j], j + 1);
          if (e < 0) break;
          j = e + 1;
        } else j++;
      }
      if (gt < 0) throw new XmlError("unterminated tag");
      const selfClosing = s.charCodeAt(gt - 1) === 47;
      const tagEnd = selfClosing ? gt - 1 : gt;
      let n = lt + 1;
      while (n < tagEnd) {
        const ch = s.charCodeAt(n);
        if (ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
        n++;
      }
      const name = localName(s.slice(lt + 1, n));
      h.open(name, n < tagEnd ? parseAttrsOf(s, n, tagEnd) : EMPTY, selfClosing);
      if (selfClosing && h.close) h.close(name);
      i = gt + 1;
    }
  }
}

const EMPTY: Attrs = Object.freeze(Object.create(null)) as Attrs;

/** Attribute value by local name (ignoring any namespace prefix). */
export function attr(attrs: Attrs, local: string): string | undefined {
  const v = attrs[local];
  if (v !== undefined) return v;
  for (const k in attrs) if (localName(k) === local) return attrs[k];
  return undefined;
}

// ---- writing ----

/**
 * Characters XML 1.0 does not allow: control characters other than tab, LF and CR; U+FFFE/FFFF; and surrogates
 * that are not part of a pair (a pair is matched first and kept).
 */
const ILLEGAL =
  // eslint-disable-next-line no-control-regex
  /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g;

export function stripIllegal(s: string): string {
  return s.replace(ILLEGAL, (m) => (m.length === 2 ? m : ""));
}

export function escapeText(s: string): string {
  return stripIllegal(s).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export function escapeAttr(s: string): string {
  return stripIllegal(s).replace(/[&<>"\n\r\t]/g, (c) => ATTR_ESC[c]);
}

const ATTR_ESC: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

/**
 * OOXML's ST_Xstring escaping: `_xHHHH_` stands for a character. Text that itself looks like such an escape
 * is protected by escaping its underscore as `_x005F_`. Carriage returns are kept this way too.
 */
export function encodeXstring(s: string): string {
  return s.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_").replace(/\r/g, "_x000D_");
}

export function decodeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
