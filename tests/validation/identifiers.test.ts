import {
  containsIdentityNumber,
  findIdentityNumbers,
  identityNumberInfo,
  identityNumberInNumber,
  isIdentityNumber,
  isOrganisationNumber,
  looksLikePersonName,
  maskIdentityNumbers,
} from "../../src/core/identifiers";

/** Completes 9 digits with check digits, written independently of the code under test. */
function withCheckDigits(nine: string, k1Remainder = 0): string | null {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const d = nine.split("").map(Number);
  const s1 = w1.reduce((s, w, i) => s + w * d[i], 0);
  // choose k1 so that (s1 + k1) % 11 === k1Remainder
  let k1 = -1;
  for (let k = 0; k <= 9; k++) if ((s1 + k) % 11 === k1Remainder) k1 = k;
  if (k1 < 0) return null;
  d.push(k1);
  const s2 = w2.reduce((s, w, i) => s + w * d[i], 0);
  const k2 = (11 - (s2 % 11)) % 11;
  if (k2 === 10) return null;
  return nine + k1 + k2;
}

/** The first individual number from `start` that gives valid check digits. */
function validFor(date6: string, start = 0, k1Remainder = 0): string {
  for (let i = start; i < 1000; i++) {
    const n = withCheckDigits(date6 + String(i).padStart(3, "0"), k1Remainder);
    if (n) return n;
  }
  throw new Error("none");
}

describe("personal identity numbers", () => {
  test("the documented examples are valid fødselsnumre under the current rule", () => {
    expect(identityNumberInfo("31129956715")).toEqual({
      kind: "fødselsnummer",
      rule: "current",
      birthDate: "1899-12-31",
    });
    expect(identityNumberInfo("15108695088")).toMatchObject({
      kind: "fødselsnummer",
      rule: "current",
      birthDate: "1986-10-15",
    });
  });

  test("any single changed digit of a valid number is rejected", () => {
    for (const base of ["31129956715", "15108695088"]) {
      for (let i = 0; i < 11; i++) {
        for (let dgt = 0; dgt <= 9; dgt++) {
          if (String(dgt) === base[i]) continue;
          const changed = base.slice(0, i) + dgt + base.slice(i + 1);
          const info = identityNumberInfo(changed);
          // A change may land on another valid number only under the 2032 rule (k1 remainder 1–3).
          if (info) expect(info.rule).toBe("2032");
        }
      }
    }
    expect(identityNumberInfo("31129956716")).toBeNull();
    expect(identityNumberInfo("31129956705")).toBeNull();
  });

  test("D-numbers (+4 on the first digit) and H-numbers (+40 on the month)", () => {
    const d = validFor("711299", 500); // 31.12.1899 as a D-number
    expect(identityNumberInfo(d)).toMatchObject({ kind: "D-nummer", birthDate: "1899-12-31" });
    const d2 = validFor("450385"); // 05.03.1985
    expect(identityNumberInfo(d2)).toMatchObject({ kind: "D-nummer", birthDate: "1985-03-05" });
    const h = validFor("155286"); // 15.12.1986 as an H-number
    expect(identityNumberInfo(h)).toMatchObject({ kind: "H-nummer", birthDate: "1986-12-15" });
  });

  test("the 2032 rule: first check remainder 0–3 accepted, 4 and more rejected", () => {
    for (const r of [1, 2, 3]) {
      const n = validFor("010132", 500, r);
      expect(identityNumberInfo(n)).toMatchObject({ rule: "2032", birthDate: "2032-01-01" });
      expect(isIdentityNumber(n)).toBe(true);
    }
    for (const r of [4, 7, 10]) {
      const n = validFor("010132", 500, r);
      expect(identityNumberInfo(n)).toBeNull();
    }
  });

  test("a valid check sum with an impossible date is not a number", () => {
    for (const date of ["320199", "001299", "311399", "300299", "290201"]) {
      const n = withCheckDigits(`${date}123`);
      if (n) expect(identityNumberInfo(n)).toBeNull();
    }
    // 29 February: 2000 was a leap year (individual 500+ with yy 00 → 2000), 1900 was not (individual < 500).
    expect(identityNumberInfo(validFor("290200", 500))).toMatchObject({ birthDate: "2000-02-29" });
    expect(identityNumberInfo(validFor("290200", 0))).toBeNull();
  });

  test("ordinary 11-digit amounts and ids are not taken for identity numbers", () => {
    for (const s of [
      "10000000000",
      "12345678901",
      "99999999999",
      "20260000000",
      "55555555555",
      "98807791700",
    ]) {
      expect(identityNumberInfo(s)).toBeNull();
    }
    expect(identityNumberInNumber(12_500_000)).toBeNull();
    expect(identityNumberInNumber(1.5e10 + 0.5)).toBeNull();
  });

  test("found in text with or without a space, dot or hyphen between date and individual part", () => {
    for (const s of ["31129956715", "311299 56715", "311299.56715", "311299-56715"]) {
      expect(isIdentityNumber(s)).toBe(true);
      expect(findIdentityNumbers(`Kontaktperson ${s}, ring`)).toHaveLength(1);
    }
    expect(findIdentityNumbers("311299  56715")).toHaveLength(0); // two spaces: two separate numbers
    expect(findIdentityNumbers("131129956715")).toHaveLength(0); // inside a longer run of digits
    expect(findIdentityNumbers("31129956715 og 15108695088")).toHaveLength(2);
  });

  test("a number cell that lost its leading zero is still found", () => {
    const n = validFor("010185");
    expect(n.startsWith("0")).toBe(true);
    expect(identityNumberInNumber(Number(n))).toMatchObject({ digits: n });
    expect(identityNumberInNumber(31129956715)).toMatchObject({ digits: "31129956715" });
  });

  test("masking keeps the date part and hides the personal part", () => {
    expect(maskIdentityNumbers("31129956715")).toBe("311299*****");
    expect(maskIdentityNumbers("fnr 311299 56715 og 15108695088.")).toBe("fnr 311299 ***** og 151086*****.");
    expect(maskIdentityNumbers("beløp 12345678901")).toBe("beløp 12345678901");
    expect(containsIdentityNumber(maskIdentityNumbers("x 15108695088 y"))).toBe(false);
  });

  test("a 100,000-character string is searched in bounded time", () => {
    const long = "1234567890 ".repeat(10_000) + "15108695088";
    const t0 = Date.now();
    expect(findIdentityNumbers(long)).toHaveLength(1);
    expect(Date.now() - t0).toBeLessThan(2000);
  });
});

describe("organisation numbers", () => {
  test("the documented examples are valid", () => {
    expect(isOrganisationNumber("123456785")).toBe(true);
    expect(isOrganisationNumber("988077917")).toBe(true);
    expect(isOrganisationNumber("988 077 917")).toBe(true);
  });
  test("wrong check digit, wrong length and remainder 1 are invalid", () => {
    expect(isOrganisationNumber("123456786")).toBe(false);
    expect(isOrganisationNumber("12345678")).toBe(false);
    expect(isOrganisationNumber("1234567850")).toBe(false);
    expect(isOrganisationNumber("abcdefghi")).toBe(false);
    // 100000010: weighted sum 3+2 = 5... find one with remainder 1 and check it is refused
    for (let n = 100000000; n < 100000100; n++) {
      const s = String(n);
      const w = [3, 2, 7, 6, 5, 4, 3, 2];
      const sum = w.reduce((a, x, i) => a + x * Number(s[i]), 0);
      if (sum % 11 === 1) {
        for (let k = 0; k <= 9; k++) expect(isOrganisationNumber(s.slice(0, 8) + k)).toBe(false);
        break;
      }
    }
  });
});

describe("name-like actor references", () => {
  test.each(["Ola Nordmann", "Kari Anne Hansen", "Anne-Lise van Dijk", "Åse Ødegård"])(
    "%s looks like a name",
    (s) => expect(looksLikePersonName(s)).toBe(true),
  );
  test.each([
    "OSL-2026-001",
    "Aktør 17",
    "Nettverk A",
    "BYGG AS",
    "ukjent",
    "Ola",
    "Sak 2026/14 Ola Nordmann",
  ])("%s does not", (s) => expect(looksLikePersonName(s)).toBe(false));
});
