import { SaxesParser } from "saxes";
import { decodeXstring, encodeXstring, scanXml, stripIllegal, XmlError } from "../../src/workbook/xlsx/xml";

describe("XML helpers", () => {
  it("strips characters XML 1.0 cannot hold, keeping surrogate pairs", () => {
    expect(stripIllegal("a\uD83D\uDE00b\uD83Dc\uDE00d\u0001\u000B\uFFFEe\tf\ng\rh")).toBe(
      "a\uD83D\uDE00bcde\tf\ng\rh",
    );
  });

  it("escapes and unescapes the OOXML _xHHHH_ form", () => {
    for (const s of ["_x0041_", "a\r\nb", "_x005F_", "plain", "_x12"])
      expect(decodeXstring(encodeXstring(s))).toBe(s);
    expect(decodeXstring("Linje_x000D__x000A_to")).toBe("Linje\r\nto");
  });

  it("refuses DOCTYPE and leaves undefined entities as text", () => {
    expect(() =>
      scanXml('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><a>&e;</a>', { open: () => undefined }),
    ).toThrow(XmlError);
    let text = "";
    scanXml("<a>&e; &amp; &#x41;&#66;</a>", { open: () => undefined, text: (t) => (text += t) });
    expect(text).toBe("&e; & AB");
  });

  it("reports the same elements, attributes and text as saxes", () => {
    const xml =
      '<?xml version="1.0"?><!-- c --><x:root xmlns:x="urn:x" a="1" b=\'2 > 1\'><x:c r="A1"\n t="s">' +
      '<v>t &lt;&amp;&gt; "q"</v></x:c><e/><![CDATA[<raw>]]><f k="&quot;"/></x:root>';
    const ours: string[] = [];
    scanXml(xml, {
      open: (name, attrs, self) => ours.push(`open ${name} ${JSON.stringify(attrs)} ${self}`),
      close: (name) => ours.push(`close ${name}`),
      text: (t) => ours.push(`text ${t}`),
    });
    const theirs: string[] = [];
    const p = new SaxesParser({ xmlns: false });
    const local = (n: string) => n.slice(n.indexOf(":") + 1);
    p.on("opentag", (t) =>
      theirs.push(`open ${local(t.name)} ${JSON.stringify({ ...t.attributes })} ${t.isSelfClosing}`),
    );
    p.on("closetag", (t) => theirs.push(`close ${local(t.name)}`));
    p.on("text", (t) => theirs.push(`text ${t}`));
    p.on("cdata", (t) => theirs.push(`text ${t}`));
    p.write(xml).close();
    expect(ours).toEqual(theirs);
  });
});
